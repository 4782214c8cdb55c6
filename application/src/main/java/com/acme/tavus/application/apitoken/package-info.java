/**
 * API tokens: who is calling ({@code AuthenticateCallerUseCase}: configured tokens first, then the
 * database tokens through {@code port.out.ApiTokenStore}) and token management (issue, list, get,
 * revoke). {@code TokenUsageRecorder} keeps {@code last_used_at} off the request path. See ADR 0011
 * and docs/security.md.
 */
package com.acme.tavus.application.apitoken;
