/**
 * {@code /tavus-api-calls/replicas/...}: train, list, get, rename and delete Tavus replicas.
 * Request and response records carry the wire (snake_case) names and the OpenAPI documentation;
 * {@code ReplicaWebMapper} translates them to and from the domain.
 */
package com.acme.tavus.adapter.web.api.replica;
