/**
 * API tokens: the authenticated {@link com.acme.tavus.domain.apitoken.Caller} and its
 * {@link com.acme.tavus.domain.apitoken.Scope scopes}, and the database tokens teams hold
 * ({@link com.acme.tavus.domain.apitoken.ApiToken}), stored only as a
 * {@link com.acme.tavus.domain.apitoken.TokenHash hash}, in the
 * {@link com.acme.tavus.domain.apitoken.TokenFormat issued format}.
 */
package com.acme.tavus.domain.apitoken;
