package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.adapter.web.admin.AdminViews.FieldView;
import com.acme.tavus.adapter.web.admin.AdminViews.FieldsetView;
import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds the add and change forms of a model admin, fresh or redisplayed with what was sent and its errors. */
final class AdminForms {

    private AdminForms() {}

    /** The add form; {@code sent} is {@code null} for a fresh form. */
    static <T> List<FieldsetView> addForm(ModelAdmin<T> admin, FormInput sent, Map<String, List<String>> errors) {
        var fields = new ArrayList<FieldView>();
        for (var name : admin.addFields()) {
            var field = ChangeLists.field(admin, name);
            var values = field.widget() == Widget.PASSWORD ? List.<String>of()
                    : sent == null ? List.of(field.initial()) : sent(sent, name);
            fields.add(editable(field, values, errors));
        }
        return List.of(new FieldsetView(null, fields));
    }

    /** The change form (or, without the change permission, the object's read-only page). */
    static <T> List<FieldsetView> changeForm(ModelAdmin<T> admin, AdminUser user, T object, FormInput sent,
            Map<String, List<String>> errors) {
        var mayChange = admin.permits(user, AdminOperation.CHANGE);
        var sets = new ArrayList<FieldsetView>();
        for (var fieldset : admin.fieldsets()) {
            var fields = new ArrayList<FieldView>();
            for (var name : fieldset.fields()) {
                var field = ChangeLists.field(admin, name);
                if (mayChange && isEditableOnChange(admin, field)) {
                    var values = field.widget() == Widget.PASSWORD ? List.<String>of()
                            : sent == null ? field.formValues(object) : sent(sent, name);
                    fields.add(editable(field, values, errors));
                } else {
                    fields.add(new FieldView(name, field.label(), null, false, field.help(), field.display(object),
                            List.of(), List.of(), errors.getOrDefault(name, List.of())));
                }
            }
            sets.add(new FieldsetView(fieldset.title(), fields));
        }
        return sets;
    }

    /** The fields a change form can edit: with a widget and not read-only. */
    static <T> Set<String> editableOnChange(ModelAdmin<T> admin) {
        var names = new LinkedHashSet<String>();
        for (var field : admin.fields()) {
            if (isEditableOnChange(admin, field)) {
                names.add(field.name());
            }
        }
        return names;
    }

    /** "Changed email and first name." from the editable fields whose form values differ; Django's wording. */
    static <T> String changeMessage(ModelAdmin<T> admin, T before, T after) {
        var changed = new ArrayList<String>();
        for (var field : admin.fields()) {
            if (isEditableOnChange(admin, field) && field.widget() != Widget.PASSWORD
                    && !Objects.equals(field.formValues(before), field.formValues(after))) {
                changed.add(field.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (changed.isEmpty()) {
            return "No fields changed.";
        }
        if (changed.size() == 1) {
            return "Changed " + changed.getFirst() + ".";
        }
        return "Changed " + String.join(", ", changed.subList(0, changed.size() - 1)) + " and " + changed.getLast() + ".";
    }

    private static <T> boolean isEditableOnChange(ModelAdmin<T> admin, AdminField<T> field) {
        return field.isEditable() && !admin.readonlyFields().contains(field.name());
    }

    private static <T> FieldView editable(AdminField<T> field, List<String> values, Map<String, List<String>> errors) {
        return new FieldView(field.name(), field.label(), field.widget().name(), field.isRequired(), field.help(),
                Display.EMPTY, values, field.choices(), errors.getOrDefault(field.name(), List.of()));
    }

    private static List<String> sent(FormInput sent, String name) {
        var values = sent.data().get(name);
        return values == null ? List.of() : List.copyOf(values);
    }
}
