package com.acme.tavus.adapter.persistence.onboarding;

import static com.acme.tavus.adapter.persistence.jooq.Tables.TAVUS_CONVERSATIONS;
import static com.acme.tavus.adapter.persistence.jooq.Tables.USERS;

import com.acme.tavus.adapter.persistence.JooqRecordQueries;
import com.acme.tavus.adapter.persistence.jooq.tables.records.UsersRecord;
import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.IntegrityConstraintViolationException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@link OnboardingUserRecords} in {@code users}. The unique {@code email_normalized} column keeps
 * addresses unique regardless of case, and is rewritten with every email change. Deleting a user
 * unlinks their conversations first, in the same transaction, because {@code tavus_conversations}
 * references {@code users} and its rows are kept for the record.
 */
public final class JooqOnboardingUserRecords implements OnboardingUserRecords {

    static final String EMAIL_TAKEN = "a user with this email already exists";

    private static final Map<OnboardingUser.Attribute, Field<?>> COLUMNS = Map.of(
            OnboardingUser.Attribute.ID, USERS.ID,
            OnboardingUser.Attribute.EMAIL, USERS.EMAIL,
            OnboardingUser.Attribute.FIRST_NAME, USERS.FIRST_NAME,
            OnboardingUser.Attribute.LAST_NAME, USERS.LAST_NAME,
            OnboardingUser.Attribute.CREATED_AT, USERS.CREATED_AT,
            OnboardingUser.Attribute.UPDATED_AT, USERS.UPDATED_AT);

    private final DSLContext dsl;

    public JooqOnboardingUserRecords(DSLContext dsl) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
    }

    @Override
    public Mono<Page<OnboardingUser>> list(RecordQuery<OnboardingUser.Attribute> query) {
        return onJdbcThread(() -> JooqRecordQueries.page(dsl, USERS, query, COLUMNS, List.of(USERS.ID.asc()),
                JooqOnboardingUserRecords::toDomain));
    }

    @Override
    public Mono<OnboardingUser> findById(UUID id) {
        return onJdbcThread(() -> dsl.selectFrom(USERS).where(USERS.ID.eq(id)).fetchOptional()
                .map(JooqOnboardingUserRecords::toDomain).orElse(null));
    }

    @Override
    public Mono<Void> add(OnboardingUser user) {
        Objects.requireNonNull(user, "user");
        return onJdbcThread(() -> uniqueEmail(() -> dsl.insertInto(USERS).set(toRecord(user)).execute())).then();
    }

    @Override
    public Mono<Void> update(OnboardingUser user) {
        Objects.requireNonNull(user, "user");
        return onJdbcThread(() -> uniqueEmail(() -> {
            var row = toRecord(user);
            row.changed(USERS.ID, false);
            var updated = dsl.update(USERS).set(row).where(USERS.ID.eq(user.id())).execute();
            if (updated == 0) {
                throw new IllegalStateException("no user with id " + user.id());
            }
            return updated;
        })).then();
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return onJdbcThread(() -> dsl.transactionResult(configuration -> {
            var tx = configuration.dsl();
            tx.update(TAVUS_CONVERSATIONS)
                    .setNull(TAVUS_CONVERSATIONS.USER_ID)
                    .where(TAVUS_CONVERSATIONS.USER_ID.eq(id))
                    .execute();
            return tx.deleteFrom(USERS).where(USERS.ID.eq(id)).execute() > 0;
        }));
    }

    private static <T> T uniqueEmail(Callable<T> write) throws Exception {
        try {
            return write.call();
        } catch (IntegrityConstraintViolationException taken) {
            throw new InvalidValueException("email", EMAIL_TAKEN);
        }
    }

    private static UsersRecord toRecord(OnboardingUser user) {
        var row = new UsersRecord();
        row.setId(user.id());
        row.setEmail(user.email());
        row.setEmailNormalized(Applicant.normalize(user.email()));
        row.setFirstName(user.firstName());
        row.setLastName(user.lastName());
        row.setCreatedAt(JooqRecordQueries.toColumn(user.createdAt()));
        row.setUpdatedAt(JooqRecordQueries.toColumn(user.updatedAt()));
        return row;
    }

    private static OnboardingUser toDomain(UsersRecord row) {
        return new OnboardingUser(row.getId(), row.getEmail(), row.getFirstName(), row.getLastName(),
                JooqRecordQueries.toInstant(row.getCreatedAt()), JooqRecordQueries.toInstant(row.getUpdatedAt()));
    }

    private static <T> Mono<T> onJdbcThread(Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
