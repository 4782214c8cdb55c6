package com.acme.tavus.adapter.web.admin;

import java.util.List;
import java.util.Locale;

/**
 * A value as the admin site shows it, chosen by the field, rendered by the templates (which switch
 * on {@link #kind()}). Every text is escaped when rendered; links are only ever the admin site's own
 * paths or absolute http(s) URLs, so a stored {@code javascript:} URL is shown as text, not linked.
 */
public sealed interface Display {

    /** The template's switch: {@code text}, {@code multiline}, {@code code}, {@code bool}, {@code link}, {@code lines}, {@code tags} or {@code empty}. */
    String kind();

    /** What the value reads as in a message or a form ("Changed email."), never {@code null}. */
    String plain();

    Display EMPTY = new Empty();

    static Display of(Object value) {
        return value == null || value.toString().isBlank() ? EMPTY : new Text(value.toString());
    }

    /** A link when {@code href} is safe to link to, else the text alone. */
    static Display link(String text, String href) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        return isSafeHref(href) ? new Link(text, href, !href.startsWith("/")) : new Text(text);
    }

    static boolean isSafeHref(String href) {
        if (href == null) {
            return false;
        }
        var lower = href.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("/admin/") && !lower.startsWith("//"))
                || ((lower.startsWith("https://") || lower.startsWith("http://")) && href.equals(href.strip()));
    }

    record Text(String text) implements Display {
        public String kind() {
            return "text";
        }

        public String plain() {
            return text;
        }
    }

    /** Text whose line breaks matter (a transcript as text, a long description). */
    record Multiline(String text) implements Display {
        public String kind() {
            return "multiline";
        }

        public String plain() {
            return text;
        }
    }

    /** Preformatted code, such as pretty-printed JSON. */
    record Code(String text) implements Display {
        public String kind() {
            return "code";
        }

        public String plain() {
            return text;
        }
    }

    record Bool(boolean value) implements Display {
        public String kind() {
            return "bool";
        }

        public String plain() {
            return value ? "Yes" : "No";
        }
    }

    /** @param external opens outside the admin site (shown with rel="noopener noreferrer") */
    record Link(String text, String href, boolean external) implements Display {
        public String kind() {
            return "link";
        }

        public String plain() {
            return text;
        }
    }

    /** Labelled lines, such as a transcript ({@code user: ...}, {@code assistant: ...}). */
    record Lines(List<Line> lines) implements Display {
        public Lines {
            lines = List.copyOf(lines);
        }

        public String kind() {
            return "lines";
        }

        public String plain() {
            return String.join("\n", lines.stream().map(l -> l.label() + ": " + l.text()).toList());
        }
    }

    record Line(String label, String text) {}

    record Tags(List<String> tags) implements Display {
        public Tags {
            tags = List.copyOf(tags);
        }

        public String kind() {
            return "tags";
        }

        public String plain() {
            return String.join(", ", tags);
        }
    }

    record Empty() implements Display {
        public String kind() {
            return "empty";
        }

        public String plain() {
            return "";
        }
    }
}
