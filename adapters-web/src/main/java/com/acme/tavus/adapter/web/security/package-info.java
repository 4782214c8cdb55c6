/**
 * Stateless API-token security: the {@code X-API-TOKEN} header is checked by the application's
 * {@code AuthenticateCallerUseCase} on every request, and the resulting {@code Caller} is the
 * principal controllers act for. Token management and the actuator (beyond health and info) need
 * the admin scope; other reads the read scope, everything else the write scope. Addresses with too
 * many failed token checks are answered 429 for a while.
 */
package com.acme.tavus.adapter.web.security;
