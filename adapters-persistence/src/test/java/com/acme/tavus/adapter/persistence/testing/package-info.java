/**
 * Test databases for the persistence adapter and its users (published in this module's test-jar):
 * fresh H2 and real PostgreSQL databases, migrated with the real Liquibase changelog.
 */
package com.acme.tavus.adapter.persistence.testing;
