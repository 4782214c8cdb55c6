/**
 * In-process parts of API token handling that need the application's lifecycle: the periodic
 * {@code last_used_at} flush and the setup token of a fresh install.
 */
package com.acme.tavus.bootstrap.apitoken;
