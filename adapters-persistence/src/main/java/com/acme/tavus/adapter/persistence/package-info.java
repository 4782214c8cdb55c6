/**
 * Persistence adapter: jOOQ over the schema that the Liquibase changelog in
 * {@code db/changelog/} defines. Blocking JDBC, always run on Reactor's bounded-elastic scheduler.
 * No Spring here; the bootstrap module hands in the {@code DSLContext}.
 */
package com.acme.tavus.adapter.persistence;
