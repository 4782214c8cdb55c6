package com.acme.tavus.adapter.web.admin;

import java.util.List;

/**
 * What the admin templates render: plain, already-decided values (every text still escaped by the
 * templates). The templates hold no logic beyond loops and a switch on widget and display kinds.
 */
public final class AdminViews {

    private AdminViews() {}

    public record Crumb(String label, String href) {}

    public record Message(String level, String text) {}

    /** A model on the index page; {@code addHref} is {@code null} without the add permission. */
    public record ModelLink(String name, String href, String addHref, boolean viewOnly) {}

    public record Area(String title, List<ModelLink> models) {}

    /** An entry of the "recent actions" panel; {@code href} is {@code null} for deletions. */
    public record RecentAction(String action, String repr, String href, String model) {}

    /**
     * A change-list column. {@code sortHref} toggles (or starts) ordering by it; {@code null} when not
     * sortable. {@code sorted} is {@code asc}, {@code desc} or {@code null}.
     */
    public record Column(String name, String label, String sortHref, String sorted, String unsortHref) {}

    public record ListRow(String id, String href, List<Display> cells) {}

    public record FilterChoice(String label, String href, boolean selected) {}

    public record FilterView(String title, List<FilterChoice> choices) {}

    /** A page link; {@code href} {@code null} for the current page and for gaps ("…"). */
    public record PageLink(String label, String href, boolean current) {}

    public record Option(String value, String label) {}

    /**
     * A field of a form or object page. {@code widget} is the widget's name when the field can be
     * edited here, else {@code null} and {@code display} is shown.
     */
    public record FieldView(
            String name, String label, String widget, boolean required, String help, Display display,
            List<String> values, List<Choice> choices, List<String> errors) {

        public String value() {
            return values.isEmpty() ? "" : values.getFirst();
        }

        public boolean selected(String choice) {
            return values.contains(choice);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    public record FieldsetView(String title, List<FieldView> fields) {}

    public record HistoryRow(String time, String user, String action, String message) {}

    public record ObjectButton(String label, String href) {}
}
