package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.domain.admin.AdminOperation;
import com.acme.tavus.domain.admin.AdminUser;
import java.util.Objects;
import java.util.function.BiFunction;
import reactor.core.publisher.Mono;

/**
 * An action on selected objects of a change list (Django's admin actions), also offered as a
 * button on each object's page. It runs once per object, one object after the other; each success
 * is written to the admin log.
 *
 * @param name the form value, such as {@code refresh_from_tavus}
 * @param label what the actions menu and the button say
 * @param permission what the admin needs on the model to run it
 * @param run does it for one object; may emit a short note for the log ("changed"), or nothing
 */
public record AdminAction<T>(
        String name, String label, AdminOperation permission, BiFunction<T, AdminUser, Mono<String>> run) {

    public AdminAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(run, "run");
    }
}
