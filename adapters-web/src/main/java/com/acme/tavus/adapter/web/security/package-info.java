/**
 * Stateless API-token security: the {@code X-API-TOKEN} header is checked by the application's
 * {@code AuthenticateCallerUseCase} on every request, and the resulting {@code Caller} is the
 * principal controllers act for. Reads need the read scope, everything else the write scope.
 */
package com.acme.tavus.adapter.web.security;
