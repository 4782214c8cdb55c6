/**
 * {@code /tavus-api-calls/conversations/...}: create, list, get, end and delete Tavus conversations.
 * Request and response records carry the wire (snake_case) names and the OpenAPI documentation;
 * {@code ConversationWebMapper} translates them to and from the domain.
 */
package com.acme.tavus.adapter.web.api.conversation;
