package com.acme.tavus.application.onboarding;

import com.acme.tavus.application.onboarding.port.in.ManageOnboardingUsersUseCase;
import com.acme.tavus.application.onboarding.port.in.OnboardingUserQueries;
import com.acme.tavus.application.onboarding.port.out.OnboardingUserRecords;
import com.acme.tavus.application.shared.IdGenerator;
import com.acme.tavus.application.shared.NotFoundException;
import com.acme.tavus.application.shared.RecordQuery;
import com.acme.tavus.domain.onboarding.Applicant;
import com.acme.tavus.domain.onboarding.OnboardingUser;
import com.acme.tavus.domain.shared.Actor;
import com.acme.tavus.domain.shared.Page;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** Browses and corrects the onboarding users. */
public final class OnboardingUserService implements OnboardingUserQueries, ManageOnboardingUsersUseCase {

    static final String RESOURCE = "user";

    private final OnboardingUserRecords records;
    private final IdGenerator ids;
    private final Clock clock;

    public OnboardingUserService(OnboardingUserRecords records, IdGenerator ids, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Mono<Page<OnboardingUser>> list(RecordQuery<OnboardingUser.Attribute> query) {
        return records.list(query);
    }

    @Override
    public Mono<OnboardingUser> get(UUID id) {
        return records.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id.toString())));
    }

    @Override
    public Mono<OnboardingUser> create(Applicant details, Actor actor) {
        return Mono.defer(() -> {
            var user = OnboardingUser.register(ids.newId(), details, clock.instant());
            return records.add(user).thenReturn(user);
        });
    }

    @Override
    public Mono<OnboardingUser> update(UUID id, Applicant details, Actor actor) {
        return get(id).flatMap(current -> {
            var next = current.withDetails(details, clock.instant());
            return records.update(next).thenReturn(next);
        });
    }

    @Override
    public Mono<Void> delete(UUID id, Actor actor) {
        return records.delete(id).flatMap(existed -> existed
                ? Mono.<Void>empty()
                : Mono.error(new NotFoundException(RESOURCE, id.toString())));
    }
}
