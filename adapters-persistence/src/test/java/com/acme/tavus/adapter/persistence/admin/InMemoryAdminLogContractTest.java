package com.acme.tavus.adapter.persistence.admin;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.testing.InMemoryAdminLog;
import com.acme.tavus.application.testing.InMemoryAdminUsers;
import com.acme.tavus.application.testing.contract.AdminLogContract;

/** The admin log contract against the application's in-memory fake, so fake and database agree. */
class InMemoryAdminLogContractTest extends AdminLogContract {

    private final InMemoryAdminLog log = new InMemoryAdminLog();
    private final InMemoryAdminUsers users = new InMemoryAdminUsers();

    @Override
    protected AdminLog log() {
        return log;
    }

    @Override
    protected AdminUsers users() {
        return users;
    }
}
