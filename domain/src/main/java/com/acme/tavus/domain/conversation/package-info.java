/**
 * Conversations: live video calls between a Tavus replica and people. {@link
 * com.acme.tavus.domain.conversation.Conversation} is Tavus's view of a call; {@link
 * com.acme.tavus.domain.conversation.TrackedConversation} is the platform's record of one it created.
 */
package com.acme.tavus.domain.conversation;
