package com.acme.tavus.adapter.tavus.sandbox;

/**
 * A persona in the sandbox account. Only what conversations need today; the personas provider will
 * grow it.
 *
 * @param defaultReplicaId the replica a conversation gets when it names none; may be {@code null}
 * @param systemPrompt what the persona is told; opens the simulated transcript
 */
record SandboxPersona(String id, String name, String defaultReplicaId, String systemPrompt, String createdAt) {}
