package com.acme.tavus.application.conversation.port.out;

import com.acme.tavus.domain.conversation.TrackedConversation;

/**
 * Tells live watchers (status streams) that a tracked conversation changed. Whoever changes a
 * record publishes the new state: the callback and reconcile flows, and the proxy's end and delete.
 * Best effort: a change published with no watcher is dropped, and watchers re-read the record first.
 */
public interface ConversationChanges {

    /** Tells current watchers of {@code changed}'s conversation. Never fails, never blocks. */
    void publish(TrackedConversation changed);
}
