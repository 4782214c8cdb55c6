package com.acme.tavus.adapter.persistence.testing;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** Records which thread runs each SQL statement, to prove that no statement runs on a caller's thread. */
public final class StatementThreads {

    private StatementThreads() {}

    /** A context like {@code dsl} that adds the name of the executing thread to {@code threads} for every statement. */
    public static DSLContext recordedInto(DSLContext dsl, List<String> threads) {
        return dsl.configuration()
                .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext ctx) {
                        threads.add(Thread.currentThread().getName());
                    }
                }))
                .dsl();
    }
}
