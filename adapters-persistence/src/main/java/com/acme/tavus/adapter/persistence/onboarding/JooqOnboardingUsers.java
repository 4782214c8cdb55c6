package com.acme.tavus.adapter.persistence.onboarding;

import static com.acme.tavus.adapter.persistence.jooq.Tables.USERS;

import com.acme.tavus.adapter.persistence.UniqueViolations;
import com.acme.tavus.adapter.persistence.jooq.tables.records.UsersRecord;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jooq.DSLContext;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link OnboardingUsers} in {@code users}. Case-insensitive uniqueness is the unique
 * {@code email_normalized} column (lower-cased email), which works the same on H2 and PostgreSQL.
 * Find-or-create is "select, else insert, and on a unique violation select again": the loser of two
 * concurrent first visits reads the winner's row.
 */
public final class JooqOnboardingUsers implements OnboardingUsers {

    private final DSLContext dsl;

    public JooqOnboardingUsers(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<OnboardingUser> findOrCreate(OnboardingUser candidate) {
        Objects.requireNonNull(candidate, "candidate");
        var normalized = Applicant.normalize(candidate.email());
        return Mono.fromCallable(() -> {
            var existing = find(normalized);
            if (existing != null) {
                return existing;
            }
            try {
                dsl.insertInto(USERS)
                        .set(USERS.ID, candidate.id())
                        .set(USERS.EMAIL, candidate.email())
                        .set(USERS.EMAIL_NORMALIZED, normalized)
                        .set(USERS.FIRST_NAME, candidate.firstName())
                        .set(USERS.LAST_NAME, candidate.lastName())
                        .set(USERS.CREATED_AT, toColumn(candidate.createdAt()))
                        .set(USERS.UPDATED_AT, toColumn(candidate.updatedAt()))
                        .execute();
                return find(normalized);
            } catch (RuntimeException error) {
                if (!UniqueViolations.isUniqueViolation(error)) {
                    throw error;
                }
                return find(normalized); // created concurrently
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private OnboardingUser find(String normalizedEmail) {
        return dsl.selectFrom(USERS)
                .where(USERS.EMAIL_NORMALIZED.eq(normalizedEmail))
                .fetchOptional()
                .map(JooqOnboardingUsers::toDomain)
                .orElse(null);
    }

    private static OnboardingUser toDomain(UsersRecord row) {
        return new OnboardingUser(row.getId(), row.getEmail(), row.getFirstName(), row.getLastName(),
                row.getCreatedAt().toInstant(), row.getUpdatedAt().toInstant());
    }

    private static OffsetDateTime toColumn(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
