/**
 * Replicas: the AI video likenesses Tavus trains from a person's footage (ids such as {@code r79e1c033f}).
 * {@link com.acme.tavus.domain.replica.Replica} is Tavus's view of one, {@link
 * com.acme.tavus.domain.replica.ReplicaRequest} what to train, {@link
 * com.acme.tavus.domain.replica.ReplicaFilter} which ones to list. Training takes hours on Tavus, so a
 * new replica starts {@code started} and only a {@code completed} one can join a conversation.
 */
package com.acme.tavus.domain.replica;
