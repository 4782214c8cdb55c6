/** The OpenAPI 3.1 description served by springdoc at {@code /v3/api-docs} and shown by Swagger UI. */
package com.acme.tavus.adapter.web.openapi;
