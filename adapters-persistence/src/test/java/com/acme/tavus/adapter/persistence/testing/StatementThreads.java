package com.acme.tavus.adapter.persistence.testing;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/** For tests that check where JDBC runs: a context that notes the thread of every statement it executes. */
public final class StatementThreads {

    private StatementThreads() {}

    /** {@code dsl}, deriving a context that adds each statement's thread name to {@code threads}. */
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
