/**
 * Conversation use cases. {@code port.in} holds what the platform offers (start, end, delete,
 * query); {@code port.out} what it needs (a {@code ConversationProvider} such as Tavus, and
 * {@code ConversationRecords} for the {@code tavus_conversations} table). The services here are
 * plain classes, constructed by the {@code bootstrap} module.
 */
package com.acme.tavus.application.conversation;
