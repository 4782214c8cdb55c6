package com.acme.tavus.adapter.web.admin;

import com.acme.tavus.application.admin.AdminUserService;
import com.acme.tavus.application.admin.port.in.ManageAdminUsersUseCase.NewAdminUser;
import com.acme.tavus.domain.admin.AdminPermission;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Creates uniquely named admin accounts for the web tests and signs them in. */
final class AdminAccounts {

    static final String PASSWORD = "correct horse battery";

    private final AdminUserService admins;
    private final WebTestClient client;

    AdminAccounts(AdminUserService admins, WebTestClient client) {
        this.admins = admins;
        this.client = client;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    AdminBrowserSession superuser() {
        var name = unique("root");
        admins.createSuperuser(name, null, PASSWORD).block();
        return AdminBrowserSession.login(client, name, PASSWORD);
    }

    /** A staff user with only these permissions ({@code personas.view}, ...). */
    AdminBrowserSession staff(String... permissions) {
        var name = unique("staff");
        var root = admins.createSuperuser(unique("granter"), null, PASSWORD).block();
        var granted = Arrays.stream(permissions).map(AdminPermission::parse).collect(Collectors.toSet());
        admins.create(new NewAdminUser(name, null, PASSWORD, true, false, granted), root).block();
        return AdminBrowserSession.login(client, name, PASSWORD);
    }
}
