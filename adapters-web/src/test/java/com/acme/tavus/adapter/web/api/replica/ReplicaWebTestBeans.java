package com.acme.tavus.adapter.web.api.replica;

import com.acme.tavus.application.replica.ReplicaService;
import com.acme.tavus.application.replica.port.out.ReplicaProvider;
import com.acme.tavus.application.testing.FakeReplicaProvider;
import com.acme.tavus.domain.replica.Replica;
import com.acme.tavus.domain.replica.ReplicaFilter;
import com.acme.tavus.domain.replica.ReplicaId;
import com.acme.tavus.domain.replica.ReplicaName;
import com.acme.tavus.domain.replica.ReplicaRequest;
import com.acme.tavus.domain.shared.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The replica beans the bootstrap module would provide, for the shared web-layer context: the real
 * {@link ReplicaService} over the application's {@link FakeReplicaProvider}. Picked up by the
 * component scan of {@code WebLayerTestApplication}, so that shared class needs no change and the
 * context stays one cached context for every web test.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaWebTestBeans {

    @Bean
    ScriptedReplicaProvider replicaProvider() {
        return new ScriptedReplicaProvider();
    }

    @Bean
    ReplicaService replicaService(ScriptedReplicaProvider provider) {
        return new ReplicaService(provider);
    }

    /** The fake, plus what tests need to steer and see: a failure for the next call, a canned get, the requests. */
    static final class ScriptedReplicaProvider implements ReplicaProvider {

        private final AtomicReference<FakeReplicaProvider> fake = new AtomicReference<>(new FakeReplicaProvider());
        private final List<ReplicaRequest> createRequests = new CopyOnWriteArrayList<>();
        private final AtomicReference<Throwable> nextFailure = new AtomicReference<>();
        private final AtomicReference<Replica> nextGet = new AtomicReference<>();

        void reset() {
            fake.set(new FakeReplicaProvider());
            createRequests.clear();
            nextFailure.set(null);
            nextGet.set(null);
        }

        void failNextCall(Throwable failure) {
            nextFailure.set(failure);
        }

        void answerNextGetWith(Replica replica) {
            nextGet.set(replica);
        }

        List<ReplicaRequest> createRequests() {
            return List.copyOf(createRequests);
        }

        /** One line per call, such as {@code rename r1 to Rio}. */
        List<String> calls() {
            return fake.get().calls();
        }

        @Override
        public Mono<Replica> create(ReplicaRequest request) {
            return Mono.defer(() -> {
                createRequests.add(request);
                return failureOr(fake.get().create(request));
            });
        }

        @Override
        public Mono<Replica> get(ReplicaId id, boolean verbose) {
            return Mono.defer(() -> {
                var canned = nextGet.getAndSet(null);
                return failureOr(canned != null ? Mono.just(canned) : fake.get().get(id, verbose));
            });
        }

        @Override
        public Mono<Page<Replica>> list(ReplicaFilter filter) {
            return Mono.defer(() -> failureOr(fake.get().list(filter)));
        }

        @Override
        public Mono<Void> rename(ReplicaId id, ReplicaName name) {
            return Mono.defer(() -> failureOr(fake.get().rename(id, name)));
        }

        @Override
        public Mono<Void> delete(ReplicaId id, boolean hard) {
            return Mono.defer(() -> failureOr(fake.get().delete(id, hard)));
        }

        private <T> Mono<T> failureOr(Mono<T> answer) {
            var failure = nextFailure.getAndSet(null);
            return failure != null ? Mono.error(failure) : answer;
        }
    }
}
