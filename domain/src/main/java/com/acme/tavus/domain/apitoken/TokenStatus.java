package com.acme.tavus.domain.apitoken;

import java.util.Locale;

/** Whether a database token works at a given moment. Expired and revoked are both final. */
public enum TokenStatus {
    ACTIVE,
    EXPIRED,
    REVOKED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
