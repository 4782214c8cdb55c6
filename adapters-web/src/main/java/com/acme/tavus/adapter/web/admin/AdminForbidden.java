package com.acme.tavus.adapter.web.admin;

/** The signed-in admin may not do this here; answered 403 with the admin's error page. */
public final class AdminForbidden extends RuntimeException {

    public AdminForbidden() {
        super("Permission denied", null, false, false);
    }
}
