package com.acme.tavus.adapter.persistence;

import java.sql.SQLException;

/**
 * Tells a unique-key violation apart from other database failures, whoever wrapped it. Not by
 * exception type: jOOQ raises its {@code IntegrityConstraintViolationException}, but in the
 * application Spring Boot's jOOQ listener translates every SQL error into Spring's own exceptions
 * ({@code DuplicateKeyException}), so catching jOOQ's type would work in these tests and fail in
 * production. The SQLState of the driver's exception, kept as a cause by both, is the same
 * everywhere: {@value #UNIQUE_VIOLATION} on H2 and PostgreSQL alike.
 */
public final class UniqueViolations {

    /** SQL:2011 {@code integrity constraint violation - unique violation}. */
    static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolations() {}

    /** Whether {@code error}, or any of its causes, is a driver's report of a duplicate unique key. */
    public static boolean isUniqueViolation(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
