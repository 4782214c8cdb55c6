/**
 * {@code /tavus-api-calls/documents/...}: create, list, get, update, delete and recrawl Tavus
 * knowledge-base documents. Request and response records carry the wire (snake_case) names and the
 * OpenAPI documentation; {@code DocumentWebMapper} translates them to and from the domain.
 */
package com.acme.tavus.adapter.web.api.document;
