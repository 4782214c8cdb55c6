package com.acme.tavus.adapter.persistence.admin;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.testing.contract.AdminUsersContract;
import org.jooq.DSLContext;

/** The admin users contract on a real database; subclasses only supply a migrated {@link DSLContext}. */
abstract class JooqAdminUsersTestBase extends AdminUsersContract {

    /** A context on a migrated database, built with {@code JooqSettings.platformDefaults()}. */
    protected abstract DSLContext dsl();

    @Override
    protected AdminUsers users() {
        return new JooqAdminUsers(dsl());
    }

    @Override
    protected AdminLog log() {
        return new JooqAdminLog(dsl());
    }
}
