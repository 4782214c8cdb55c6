/**
 * The {@code api_tokens} table behind the application's {@code ApiTokenStore} port
 * ({@code JooqApiTokenStore}), and the short-lived lookup cache in front of it
 * ({@code CachingApiTokenStore}, Caffeine).
 */
package com.acme.tavus.adapter.persistence.apitoken;
