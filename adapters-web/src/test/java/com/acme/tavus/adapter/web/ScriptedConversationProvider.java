package com.acme.tavus.adapter.web;

import com.acme.tavus.application.audit.UpstreamStatus;
import com.acme.tavus.application.conversation.port.out.ConversationProvider;
import com.acme.tavus.application.testing.FakeConversationProvider;
import com.acme.tavus.domain.conversation.Conversation;
import com.acme.tavus.domain.conversation.ConversationFilter;
import com.acme.tavus.domain.conversation.ConversationId;
import com.acme.tavus.domain.conversation.ConversationRequest;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * The application's {@link FakeConversationProvider}, plus what web tests need to see and steer:
 * the requests and arguments that reached the provider, a failure to raise on the next call, and a
 * canned answer for the next get (to show fields the fake does not produce, such as events).
 */
public final class ScriptedConversationProvider implements ConversationProvider {

    private final FakeConversationProvider fake = new FakeConversationProvider();
    private final List<ConversationRequest> createRequests = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicReference<Throwable> nextFailure = new AtomicReference<>();
    private final AtomicReference<Conversation> nextGet = new AtomicReference<>();
    private final AtomicReference<Integer> upstreamStatus = new AtomicReference<>();

    public void reset() {
        createRequests.clear();
        calls.clear();
        nextFailure.set(null);
        nextGet.set(null);
        upstreamStatus.set(null);
    }

    /** From now on every call reports {@code status} as Tavus's answer, as the Tavus adapter would. */
    public void reportUpstreamStatus(Integer status) {
        upstreamStatus.set(status);
    }

    /** The next call of any method fails with {@code failure}. */
    public void failNextCall(Throwable failure) {
        nextFailure.set(failure);
    }

    public void answerNextGetWith(Conversation conversation) {
        nextGet.set(conversation);
    }

    public List<ConversationRequest> createRequests() {
        return List.copyOf(createRequests);
    }

    /** One line per call, such as {@code get c1 verbose=true}. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public Mono<Conversation> create(ConversationRequest request) {
        return Mono.defer(() -> {
            calls.add("create");
            createRequests.add(request);
            return failureOr(fake.create(request));
        });
    }

    @Override
    public Mono<Conversation> get(ConversationId id, boolean verbose) {
        return Mono.defer(() -> {
            calls.add("get " + id + " verbose=" + verbose);
            var canned = nextGet.getAndSet(null);
            return failureOr(canned != null ? Mono.just(canned) : fake.get(id, verbose));
        });
    }

    @Override
    public Mono<Page<Conversation>> list(ConversationFilter filter) {
        return Mono.defer(() -> {
            calls.add("list limit=" + filter.page().limit() + " page=" + filter.page().page()
                    + " status=" + filter.status());
            return failureOr(fake.list(filter));
        });
    }

    @Override
    public Mono<Void> end(ConversationId id) {
        return Mono.defer(() -> {
            calls.add("end " + id);
            return failureOr(fake.end(id));
        });
    }

    @Override
    public Mono<Void> delete(ConversationId id, boolean hard) {
        return Mono.defer(() -> {
            calls.add("delete " + id + " hard=" + hard);
            return failureOr(fake.delete(id, hard));
        });
    }

    private <T> Mono<T> failureOr(Mono<T> answer) {
        var failure = nextFailure.getAndSet(null);
        var status = upstreamStatus.get();
        var result = failure != null ? Mono.<T>error(failure) : answer;
        return status == null ? result : Mono.deferContextual(context -> {
            UpstreamStatus.report(context, status);
            return result;
        });
    }
}
