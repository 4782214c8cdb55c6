/**
 * The platform's HTTP edge: the {@code /tavus-api-calls/...} routes of the Django wrapper it replaces
 * ({@code api.*}), token authentication ({@code security}), the {@code {"error": "..."}} error
 * format ({@code error}) and the OpenAPI description ({@code openapi}). Controllers only translate
 * between JSON and the application's use cases; they hold no business rules.
 */
package com.acme.tavus.adapter.web;
