/** The {@code tavus_conversations} table behind the application's {@code ConversationRecords} port. */
package com.acme.tavus.adapter.persistence.conversation;
