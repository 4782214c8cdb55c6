package com.acme.tavus.adapter.persistence.testing;

import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * A context whose SQL errors arrive the way they do in the running application: Spring Boot's jOOQ
 * listener replaces jOOQ's exceptions with Spring's ({@code DuplicateKeyException}, ...), keeping
 * the driver's exception as the cause. Here a plain {@link Translated} stands in for Spring's type,
 * which this module cannot see; adapters must cope with both.
 */
public final class TranslatedErrors {

    private TranslatedErrors() {}

    /** A framework's exception wrapping the driver's. */
    public static final class Translated extends RuntimeException {
        Translated(Throwable cause) {
            super("translated: " + cause.getMessage(), cause);
        }
    }

    /** {@code dsl}, deriving a context that raises {@link Translated} for every SQL error. */
    public static DSLContext like(DSLContext dsl) {
        return dsl.configuration()
                .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                    @Override
                    public void exception(ExecuteContext ctx) {
                        if (ctx.sqlException() != null) {
                            ctx.exception(new Translated(ctx.sqlException()));
                        }
                    }
                }))
                .dsl();
    }
}
