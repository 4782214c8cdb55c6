package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * The onboarding users ({@code users}) in memory, unique by email regardless of case: the flow's
 * find-or-create is one atomic {@code computeIfAbsent} on the normalised address, so concurrent
 * calls for one address get the same user. Edits and deletions hold the conversation records' lock,
 * so deleting a user and unlinking their conversations are seen together. Unbounded: see the
 * package documentation.
 */
public final class MemoryOnboardingUsers implements OnboardingUsers, OnboardingUserRecords {

    private final Map<String, OnboardingUser> byEmail = new ConcurrentHashMap<>();
    private final Map<UUID, OnboardingUser> byId = new ConcurrentHashMap<>();
    private final MemoryConversationRecords conversations;

    public MemoryOnboardingUsers(MemoryConversationRecords conversations) {
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    @Override
    public Mono<OnboardingUser> findOrCreate(OnboardingUser candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return Mono.fromSupplier(() -> conversations.inTransaction(() -> {
            var stored = byEmail.computeIfAbsent(Applicant.normalize(candidate.email()), key -> candidate);
            byId.putIfAbsent(stored.id(), stored);
            return stored;
        }));
    }

    @Override
    public Mono<Page<OnboardingUser>> list(RecordQuery<OnboardingUser.Attribute> query) {
        return Mono.fromSupplier(() -> MemoryRecordQueries.page(byId.values(), query, MemoryOnboardingUsers::attribute,
                Comparator.comparing(OnboardingUser::id)));
    }

    @Override
    public Mono<OnboardingUser> findById(UUID id) {
        return Mono.fromSupplier(() -> byId.get(id));
    }

    @Override
    public Mono<Void> add(OnboardingUser user) {
        Objects.requireNonNull(user, "user");
        return Mono.fromRunnable(() -> conversations.inTransaction(() -> {
            if (byId.containsKey(user.id())) {
                throw new IllegalStateException("a user with id " + user.id() + " exists");
            }
            store(user, null);
            return null;
        }));
    }

    @Override
    public Mono<Void> update(OnboardingUser user) {
        Objects.requireNonNull(user, "user");
        return Mono.fromRunnable(() -> conversations.inTransaction(() -> {
            var current = byId.get(user.id());
            if (current == null) {
                throw new IllegalStateException("no user " + user.id());
            }
            store(user, current);
            return null;
        }));
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return Mono.fromSupplier(() -> conversations.inTransaction(() -> {
            var removed = byId.remove(id);
            if (removed == null) {
                return false;
            }
            byEmail.remove(Applicant.normalize(removed.email()), removed);
            conversations.unlinkUser(id);
            return true;
        }));
    }

    /** Stores {@code user} in place of {@code current} (null for a new one); inside the lock. */
    private void store(OnboardingUser user, OnboardingUser current) {
        var key = Applicant.normalize(user.email());
        var holder = byEmail.get(key);
        if (holder != null && !holder.id().equals(user.id())) {
            throw new InvalidValueException("email", "a user with this email already exists");
        }
        byId.put(user.id(), user);
        byEmail.put(key, user);
        if (current != null && !Applicant.normalize(current.email()).equals(key)) {
            byEmail.remove(Applicant.normalize(current.email()), current);
        }
    }

    private static Object attribute(OnboardingUser user, OnboardingUser.Attribute attribute) {
        return switch (attribute) {
            case ID -> user.id();
            case EMAIL -> user.email();
            case FIRST_NAME -> user.firstName();
            case LAST_NAME -> user.lastName();
            case CREATED_AT -> user.createdAt();
            case UPDATED_AT -> user.updatedAt();
        };
    }
}
