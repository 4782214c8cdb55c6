package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.testing.contract.AdminUsersContract;

/** The admin users contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryAdminUsersContractTest extends AdminUsersContract {

    private final MemoryAdminUsers users = new MemoryAdminUsers();
    private final MemoryAdminLog log = new MemoryAdminLog();

    @Override
    protected AdminUsers users() {
        return users;
    }

    @Override
    protected AdminLog log() {
        return log;
    }
}
