package com.acme.tavus.adapter.web.api.document;

import com.acme.tavus.application.document.port.out.DocumentProvider;
import com.acme.tavus.application.testing.FakeDocumentProvider;
import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentFilter;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPage;
import com.acme.tavus.domain.document.DocumentUpdate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;

/**
 * The application's {@link FakeDocumentProvider}, plus what the web tests need to see and steer:
 * the arguments that reached the provider, a failure for the next call, and a canned answer for the
 * next get (to show fields the fake does not produce).
 */
final class ScriptedDocumentProvider implements DocumentProvider {

    private final FakeDocumentProvider fake = new FakeDocumentProvider();
    private final List<Object> arguments = new CopyOnWriteArrayList<>();
    private final AtomicReference<Throwable> nextFailure = new AtomicReference<>();
    private final AtomicReference<Document> nextGet = new AtomicReference<>();

    void reset() {
        arguments.clear();
        nextFailure.set(null);
        nextGet.set(null);
    }

    void failNextCall(Throwable failure) {
        nextFailure.set(failure);
    }

    void answerNextGetWith(Document document) {
        nextGet.set(document);
    }

    void finishProcessing(DocumentId id) {
        fake.finishProcessing(id);
    }

    /** What reached the provider, in order: drafts, filters, updates, ids and crawl overrides. */
    List<Object> arguments() {
        return List.copyOf(arguments);
    }

    <T> T lastArgument(Class<T> type) {
        return arguments.reversed().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Override
    public Mono<Document> create(DocumentDraft draft) {
        return Mono.defer(() -> failureOr(draft, fake.create(draft)));
    }

    @Override
    public Mono<Document> get(DocumentId id) {
        return Mono.defer(() -> {
            var canned = nextGet.getAndSet(null);
            return failureOr(id, canned != null ? Mono.just(canned) : fake.get(id));
        });
    }

    @Override
    public Mono<DocumentPage> list(DocumentFilter filter) {
        return Mono.defer(() -> failureOr(filter, fake.list(filter)));
    }

    @Override
    public Mono<Document> update(DocumentId id, DocumentUpdate update) {
        return Mono.defer(() -> failureOr(update, fake.update(id, update)));
    }

    @Override
    public Mono<Void> delete(DocumentId id) {
        return Mono.defer(() -> failureOr(id, fake.delete(id)));
    }

    @Override
    public Mono<Document> recrawl(DocumentId id, CrawlConfig override) {
        return Mono.defer(() -> {
            arguments.add(id);
            return failureOr(override == null ? "no override" : override, fake.recrawl(id, override));
        });
    }

    private <T> Mono<T> failureOr(Object argument, Mono<T> answer) {
        arguments.add(argument);
        var failure = nextFailure.getAndSet(null);
        return failure != null ? Mono.error(failure) : answer;
    }
}
