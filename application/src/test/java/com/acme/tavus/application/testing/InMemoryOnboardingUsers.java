package com.acme.tavus.application.testing;

import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Page;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/**
 * {@link OnboardingUsers} and {@link OnboardingUserRecords} in a map keyed by the normalised email.
 * Given the conversation records, deleting a user unlinks their conversations as the database does.
 */
public final class InMemoryOnboardingUsers implements OnboardingUsers, OnboardingUserRecords {

    private final Map<String, OnboardingUser> byEmail = new ConcurrentHashMap<>();
    private final InMemoryConversationRecords conversations;

    public InMemoryOnboardingUsers() {
        this(null);
    }

    public InMemoryOnboardingUsers(InMemoryConversationRecords conversations) {
        this.conversations = conversations;
    }

    @Override
    public Mono<OnboardingUser> findOrCreate(OnboardingUser candidate) {
        return Mono.fromSupplier(() -> byEmail.computeIfAbsent(Applicant.normalize(candidate.email()), k -> candidate));
    }

    @Override
    public Mono<Page<OnboardingUser>> list(RecordQuery<OnboardingUser.Attribute> query) {
        return Mono.fromSupplier(() -> InMemoryRecords.page(byEmail.values(), query, InMemoryOnboardingUsers::attribute,
                Comparator.comparing(OnboardingUser::id)));
    }

    @Override
    public Mono<OnboardingUser> findById(UUID id) {
        return Mono.justOrEmpty(byEmail.values().stream().filter(u -> u.id().equals(id)).findFirst());
    }

    @Override
    public Mono<Void> add(OnboardingUser user) {
        return Mono.fromRunnable(() -> store(user, false));
    }

    @Override
    public Mono<Void> update(OnboardingUser user) {
        return Mono.fromRunnable(() -> store(user, true));
    }

    @Override
    public Mono<Boolean> delete(UUID id) {
        return Mono.fromSupplier(() -> {
            synchronized (this) {
                var removed = byEmail.values().removeIf(u -> u.id().equals(id));
                if (removed && conversations != null) {
                    conversations.unlinkUser(id);
                }
                return removed;
            }
        });
    }

    private synchronized void store(OnboardingUser user, boolean replace) {
        var key = Applicant.normalize(user.email());
        var holder = byEmail.get(key);
        if (holder != null && !holder.id().equals(user.id())) {
            throw new InvalidValueException("email", "a user with this email already exists");
        }
        if (replace) {
            if (byEmail.values().removeIf(u -> u.id().equals(user.id())) == false) {
                throw new IllegalStateException("no user " + user.id());
            }
        }
        byEmail.put(key, user);
    }

    static Object attribute(OnboardingUser user, OnboardingUser.Attribute attribute) {
        return switch (attribute) {
            case ID -> user.id();
            case EMAIL -> user.email();
            case FIRST_NAME -> user.firstName();
            case LAST_NAME -> user.lastName();
            case CREATED_AT -> user.createdAt();
            case UPDATED_AT -> user.updatedAt();
        };
    }

    public List<OnboardingUser> all() {
        return List.copyOf(byEmail.values());
    }
}
