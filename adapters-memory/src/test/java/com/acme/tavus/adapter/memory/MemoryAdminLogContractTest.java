package com.acme.tavus.adapter.memory;

import com.acme.tavus.application.admin.port.out.AdminLog;
import com.acme.tavus.application.admin.port.out.AdminUsers;
import com.acme.tavus.application.testing.contract.AdminLogContract;

/** The admin log contract the jOOQ adapter passes, against the in-memory adapter. */
class MemoryAdminLogContractTest extends AdminLogContract {

    private final MemoryAdminUsers users = new MemoryAdminUsers();
    private final MemoryAdminLog log = new MemoryAdminLog();

    @Override
    protected AdminLog log() {
        return log;
    }

    @Override
    protected AdminUsers users() {
        return users;
    }
}
