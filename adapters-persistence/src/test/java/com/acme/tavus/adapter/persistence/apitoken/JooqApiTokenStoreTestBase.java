package com.acme.tavus.adapter.persistence.apitoken;

import static com.acme.tavus.adapter.persistence.jooq.Tables.API_TOKENS;
import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.adapter.persistence.testing.StatementThreads;
import com.acme.tavus.application.apitoken.port.out.ApiTokenStore;
import com.acme.tavus.application.testing.contract.ApiTokenStoreContract;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * The port contract plus what is specific to the jOOQ adapter (column formats, error types,
 * threading), for any database: subclasses only supply a migrated {@link DSLContext}.
 */
public abstract class JooqApiTokenStoreTestBase extends ApiTokenStoreContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected ApiTokenStore store() {
        return new JooqApiTokenStore(dsl());
    }

    @Test
    void onlyTheHashIsStored_neverTheSecret_andScopesAreWireNames() {
        var token = aToken(newTeam(), T0);
        add(token);

        var row = dsl().selectFrom(API_TOKENS).where(API_TOKENS.ID.eq(token.id().value())).fetchSingle();
        assertThat(row.getTokenHash()).isEqualTo(token.hash().hex()).hasSize(64);
        assertThat(row.getTokenHint()).isEqualTo(token.hint()).startsWith("tvp_").hasSize(10);
        assertThat(row.getScopes()).isEqualTo("read,write");
    }

    @Test
    void anUnknownScopeInARow_grantsNothing() {
        var token = aToken(newTeam(), T0);
        add(token);
        dsl().update(API_TOKENS).set(API_TOKENS.SCOPES, "read,superuser")
                .where(API_TOKENS.ID.eq(token.id().value())).execute();

        assertThat(store().findById(token.id()).block(TIMEOUT).scopes())
                .containsExactly(com.acme.tavus.domain.apitoken.Scope.READ);
    }

    @Test
    void aDuplicateHash_surfacesAsJooqsIntegrityConstraintViolation() {
        var first = aToken(newTeam(), T0);
        add(first);
        var clash = new com.acme.tavus.domain.apitoken.ApiToken(aToken(first.team(), T0).id(), "x", first.team(),
                first.scopes(), first.hash(), first.hint(), T0, first.createdBy(), first.expiresAt(), null, null, null);

        StepVerifier.create(store().add(clash)).expectError(IntegrityConstraintViolationException.class).verify(TIMEOUT);
    }

    @Test
    void everyStatementRunsOnTheBoundedElasticScheduler() {
        var threads = new CopyOnWriteArrayList<String>();
        var listened = StatementThreads.recordedInto(dsl(), threads);
        var store = new JooqApiTokenStore(listened);
        var token = aToken(newTeam(), T0);

        store.add(token).block(TIMEOUT);
        store.findByHash(token.hash()).block(TIMEOUT);
        store.findById(token.id()).block(TIMEOUT);
        store.list(token.team()).collectList().block(TIMEOUT);
        store.revoke(token.id(), T0.plusSeconds(1), token.createdBy()).block(TIMEOUT);
        store.recordLastUse(Map.of(token.id(), T0.plusSeconds(2))).block(TIMEOUT);

        assertThat(threads).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(name -> assertThat(name).startsWith("boundedElastic-"));
    }
}
