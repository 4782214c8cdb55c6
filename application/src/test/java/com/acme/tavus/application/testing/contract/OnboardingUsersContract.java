package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.conversation.port.out.ConversationRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.onboarding.port.out.OnboardingUsers;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.application.shared.SortKey;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * What every {@link OnboardingUsers} and {@link OnboardingUserRecords} over one store must do, as
 * tests: emails are unique regardless of case, also when first visits race; deleting a user keeps
 * their conversations, unlinked. Extend it and supply the ports; every test uses addresses of its
 * own, so the store may be shared.
 */
public abstract class OnboardingUsersContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final int VISITORS = 8;

    protected abstract OnboardingUsers users();

    /** The same users as records to browse and keep by hand. */
    protected abstract OnboardingUserRecords userRecords();

    /** The conversation records of the same store, to check what deleting a user leaves. */
    protected abstract ConversationRecords conversations();

    @Test
    void findOrCreate_storesANewUser_andFindsItAgainUnderTheAddressInAnotherCase() {
        var email = "Ada." + UUID.randomUUID() + "@Example.com";
        var first = users().findOrCreate(register(email, "Ada")).block(TIMEOUT);

        var again = users().findOrCreate(register(email.toUpperCase(), "ADA")).block(TIMEOUT);

        assertThat(again).isEqualTo(first);
        assertThat(first.email()).isEqualTo(email);
        assertThat(userRecords().findById(first.id()).block(TIMEOUT)).isEqualTo(first);
    }

    @Test
    void findOrCreate_eightFirstVisitsAtOnceInAnyCase_agreeOnOneUser() throws Exception {
        var local = "race-" + UUID.randomUUID();
        var tasks = IntStream.range(0, VISITORS).<Callable<OnboardingUser>>mapToObj(i -> () -> users().findOrCreate(
                register(i % 2 == 0 ? local + "@example.com" : local.toUpperCase() + "@EXAMPLE.com", "Racer"))
                .block(TIMEOUT)).toList();

        var found = Concurrently.run(tasks, TIMEOUT);

        assertThat(found).extracting(OnboardingUser::id).containsOnly(found.getFirst().id());
    }

    @Test
    void add_thenFindById_roundTrips_andAnUnknownIdIsEmpty() {
        var user = user(newEmail());

        userRecords().add(user).block(TIMEOUT);

        assertThat(userRecords().findById(user.id()).block(TIMEOUT)).isEqualTo(user);
        assertThat(userRecords().findById(UUID.randomUUID()).blockOptional(TIMEOUT)).isEmpty();
    }

    @Test
    void addOrUpdate_toAnAddressTakenInAnotherCase_isRefusedOnEmail_andChangesNothing() {
        var taken = newEmail();
        userRecords().add(user(taken)).block(TIMEOUT);
        var other = user(newEmail());
        userRecords().add(other).block(TIMEOUT);

        StepVerifier.create(userRecords().add(user(taken.toUpperCase())))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(InvalidValueException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("email")))
                .verify(TIMEOUT);
        var renamed = new OnboardingUser(other.id(), taken.toUpperCase(), "A", "B", T0, T0.plusSeconds(1));
        StepVerifier.create(userRecords().update(renamed))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOfSatisfying(InvalidValueException.class,
                        invalid -> assertThat(invalid.field()).isEqualTo("email")))
                .verify(TIMEOUT);
        assertThat(userRecords().findById(other.id()).block(TIMEOUT)).isEqualTo(other);
    }

    @Test
    void update_replacesTheUser() {
        var user = user(newEmail());
        userRecords().add(user).block(TIMEOUT);
        var changed = new OnboardingUser(user.id(), newEmail(), "Grace", "Hopper", user.createdAt(), T0.plusSeconds(60));

        userRecords().update(changed).block(TIMEOUT);

        assertThat(userRecords().findById(user.id()).block(TIMEOUT)).isEqualTo(changed);
    }

    @Test
    void delete_keepsTheUsersConversationsUnlinked_freesTheAddress_andSaysWhetherTheUserExisted() {
        var email = newEmail();
        var user = users().findOrCreate(register(email, "Gone")).block(TIMEOUT);
        var conversation = ContractFixtures.trackedConversation(user.id(), T0);
        conversations().add(conversation).block(TIMEOUT);

        assertThat(userRecords().delete(user.id()).block(TIMEOUT)).isTrue();

        assertThat(conversations().findByConversationId(conversation.conversationId()).block(TIMEOUT).userId()).isNull();
        assertThat(userRecords().delete(user.id()).block(TIMEOUT)).isFalse();
        assertThat(users().findOrCreate(register(email, "Back")).block(TIMEOUT).id()).isNotEqualTo(user.id());
    }

    @Test
    void list_searchesEmails_sortsAsAsked_andPages() {
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var emails = List.of("c-" + marker + "@example.com", "a-" + marker + "@example.com", "b-" + marker + "@example.com");
        emails.forEach(email -> userRecords().add(user(email)).block(TIMEOUT));
        var byEmail = List.of(new SortKey<>(OnboardingUser.Attribute.EMAIL, false));

        var first = userRecords().list(new RecordQuery<>(marker, Set.of(OnboardingUser.Attribute.EMAIL), null,
                byEmail, 1, 2)).block(TIMEOUT);
        var second = userRecords().list(new RecordQuery<>(marker, Set.of(OnboardingUser.Attribute.EMAIL), null,
                byEmail, 2, 2)).block(TIMEOUT);

        assertThat(first.totalCount()).isEqualTo(3);
        assertThat(first.data()).extracting(OnboardingUser::email).containsExactly(emails.get(1), emails.get(2));
        assertThat(second.data()).extracting(OnboardingUser::email).containsExactly(emails.get(0));
    }

    private static OnboardingUser register(String email, String firstName) {
        return OnboardingUser.register(UUID.randomUUID(), new Applicant(email, firstName, "Lovelace"), T0);
    }

    private static OnboardingUser user(String email) {
        return new OnboardingUser(UUID.randomUUID(), email, "First", "Last", T0, T0);
    }

    private static String newEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }
}
