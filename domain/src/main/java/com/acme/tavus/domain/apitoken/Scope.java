package com.acme.tavus.domain.apitoken;

/** What an API token may do. Read covers GET routes, write the mutating ones, admin token management. */
public enum Scope {
    READ,
    WRITE,
    ADMIN
}
