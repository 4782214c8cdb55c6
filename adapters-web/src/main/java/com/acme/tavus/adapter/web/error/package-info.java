/**
 * One error format for every failure a client can see: {@code {"error": "<description>"}} with the
 * right status. {@link com.acme.tavus.adapter.web.error.ApiErrors} decides status and wording for
 * any exception; the controller advice and the {@code ErrorWebExceptionHandler} (for failures
 * outside controllers: filters, unknown routes) both use it, so the two paths cannot drift apart.
 */
package com.acme.tavus.adapter.web.error;
