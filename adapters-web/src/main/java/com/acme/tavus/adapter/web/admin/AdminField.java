package com.acme.tavus.adapter.web.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a model as the admin site knows it: its name (also the form parameter and the name
 * used in {@code listDisplay}, {@code searchFields}, {@code readonlyFields}, ordering and error
 * messages, so it should be the wire name, e.g. {@code first_name}), its label, how a value is
 * shown, and, when it can be edited, its widget. Configure fluently when building the model admin;
 * the admin site never changes it afterwards.
 */
public final class AdminField<T> {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final String name;
    private final String label;
    private final Function<T, Display> display;
    private Widget widget;
    private boolean required;
    private boolean sortable;
    private String help = "";
    private List<Choice> choices = List.of();
    private Function<T, List<String>> formValues;
    private String initial = "";

    private AdminField(String name, String label, Function<T, Display> display) {
        this.name = Objects.requireNonNull(name, "name");
        this.label = Objects.requireNonNull(label, "label");
        this.display = Objects.requireNonNull(display, "display");
    }

    /** Any value, shown as its text. */
    public static <T> AdminField<T> text(String name, String label, Function<T, ?> value) {
        return new AdminField<T>(name, label, o -> Display.of(value.apply(o)))
                .formValue(o -> value.apply(o) == null ? "" : value.apply(o).toString());
    }

    /** An instant, shown in UTC to the second. */
    public static <T> AdminField<T> time(String name, String label, Function<T, Instant> value) {
        return new AdminField<>(name, label, o -> value.apply(o) == null ? Display.EMPTY
                : new Display.Text(TIME.format(value.apply(o))));
    }

    public static <T> AdminField<T> bool(String name, String label, Function<T, Boolean> value) {
        return new AdminField<T>(name, label, o -> value.apply(o) == null ? Display.EMPTY
                : new Display.Bool(value.apply(o)))
                .formValue(o -> Boolean.TRUE.equals(value.apply(o)) ? "on" : "");
    }

    /** Text whose line breaks are kept. */
    public static <T> AdminField<T> multiline(String name, String label, Function<T, String> value) {
        return new AdminField<T>(name, label, o -> value.apply(o) == null || value.apply(o).isBlank() ? Display.EMPTY
                : new Display.Multiline(value.apply(o)))
                .formValue(o -> value.apply(o) == null ? "" : value.apply(o));
    }

    /** A JSON value (maps, lists, scalars) or a JSON text, pretty-printed. */
    public static <T> AdminField<T> json(String name, String label, Function<T, Object> value) {
        return new AdminField<T>(name, label, o -> {
            var v = value.apply(o);
            return v == null ? Display.EMPTY : new Display.Code(AdminJson.pretty(v));
        }).formValue(o -> value.apply(o) == null ? "" : AdminJson.pretty(value.apply(o)));
    }

    /** A link ({@code href} may be {@code null}: plain text then). */
    public static <T> AdminField<T> link(String name, String label, Function<T, String> text, Function<T, String> href) {
        return new AdminField<T>(name, label, o -> Display.link(text.apply(o), href.apply(o)))
                .formValue(o -> text.apply(o) == null ? "" : text.apply(o));
    }

    /** A list of short values (tags, ids). */
    public static <T> AdminField<T> tags(String name, String label, Function<T, List<String>> value) {
        return new AdminField<T>(name, label, o -> value.apply(o) == null || value.apply(o).isEmpty() ? Display.EMPTY
                : new Display.Tags(value.apply(o)))
                .formValue(o -> value.apply(o) == null ? "" : String.join(", ", value.apply(o)));
    }

    /** Any display the model admin computes itself. */
    public static <T> AdminField<T> custom(String name, String label, Function<T, Display> display) {
        return new AdminField<T>(name, label, display).formValue(o -> display.apply(o).plain());
    }

    /** Editable with {@code widget} on the add and change forms (unless listed read-only). */
    public AdminField<T> editable(Widget widget) {
        this.widget = Objects.requireNonNull(widget, "widget");
        return this;
    }

    public AdminField<T> required() {
        this.required = true;
        return this;
    }

    /** The change list may be ordered by this column. */
    public AdminField<T> sortable() {
        this.sortable = true;
        return this;
    }

    public AdminField<T> help(String text) {
        this.help = Objects.requireNonNull(text, "text");
        return this;
    }

    public AdminField<T> choices(List<Choice> options) {
        this.choices = List.copyOf(options);
        return this;
    }

    /** What the change form shows in the input for an object; defaults to the shown text. */
    public AdminField<T> formValue(Function<T, String> value) {
        this.formValues = o -> List.of(Objects.requireNonNullElse(value.apply(o), ""));
        return this;
    }

    /** The ticked choices of a {@link Widget#CHECKBOXES} field, or the selected one of a select. */
    public AdminField<T> formValues(Function<T, List<String>> values) {
        this.formValues = Objects.requireNonNull(values, "values");
        return this;
    }

    /** What the add form starts with ({@code "on"} ticks a check box); empty by default. */
    public AdminField<T> initial(String value) {
        this.initial = Objects.requireNonNull(value, "value");
        return this;
    }

    public String name() {
        return name;
    }

    String initial() {
        return initial;
    }

    public String label() {
        return label;
    }

    public Display display(T object) {
        return display.apply(object);
    }

    /** {@code null} for a field that is only ever shown. */
    public Widget widget() {
        return widget;
    }

    public boolean isEditable() {
        return widget != null;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isSortable() {
        return sortable;
    }

    public String help() {
        return help;
    }

    public List<Choice> choices() {
        return choices;
    }

    List<String> formValues(T object) {
        return formValues == null ? List.of(display(object).plain()) : formValues.apply(object);
    }
}
