/**
 * Token management under {@code /api/v1/tokens} (admin scope): issue a team a token (its secret is
 * in that one answer), list and read tokens (never a secret or hash), revoke one.
 */
package com.acme.tavus.adapter.web.api.token;
