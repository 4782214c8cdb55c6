package com.acme.tavus.adapter.tavus.sandbox;

/**
 * A replica in the sandbox account. Only what conversations need today; the replicas provider will
 * grow it.
 *
 * @param status {@code started}, {@code completed} or {@code error}, as in Tavus's REST answers
 * @param type {@code system} for Tavus's stock replicas, {@code user} for the account's own
 */
record SandboxReplica(String id, String name, String status, String type, String createdAt) {

    static final String COMPLETED = "completed";

    /** Only a trained replica can join a call. */
    boolean isReady() {
        return COMPLETED.equals(status);
    }
}
