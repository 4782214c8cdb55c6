/**
 * Persistence adapter in process memory: every persistence out-port over concurrent maps, with the
 * same contracts as the jOOQ adapter (the persistence contract tests run against both). Nothing is
 * kept across restarts, nothing is shared between instances, and nothing is ever evicted: the maps
 * grow with use, so this adapter is for tests and for trying the service out, never for production
 * traffic. No Spring here; the bootstrap module constructs it when {@code platform.persistence=memory}.
 */
package com.acme.tavus.adapter.memory;
