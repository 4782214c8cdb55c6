package com.acme.tavus.domain.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing an admin did through the admin site: one row of {@code admin_log}. The entry keeps the
 * admin's username and the object's description as they were, so history stays readable after the
 * account or the object is gone.
 *
 * @param adminUserId {@code null} once the admin account was deleted
 * @param model the admin site's short name of the model, such as {@code onboarding-users}
 * @param objectId the object's id as the admin site addresses it
 * @param objectRepr how the object was described at the time, cut to {@value #MAX_REPR_LENGTH} characters
 * @param message what changed, in words ({@code "Changed email."})
 */
public record AdminLogEntry(
        UUID id,
        Instant actionTime,
        UUID adminUserId,
        String adminUsername,
        String model,
        String objectId,
        String objectRepr,
        AdminLogAction action,
        String message) {

    public static final int MAX_REPR_LENGTH = 200;
    public static final int MAX_OBJECT_ID_LENGTH = 255;

    public AdminLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actionTime, "actionTime");
        Objects.requireNonNull(adminUsername, "adminUsername");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(action, "action");
        objectId = cut(objectId, MAX_OBJECT_ID_LENGTH);
        objectRepr = cut(objectRepr == null ? objectId : objectRepr, MAX_REPR_LENGTH);
        message = message == null ? "" : message;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
