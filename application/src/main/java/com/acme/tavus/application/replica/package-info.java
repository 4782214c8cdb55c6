/**
 * Replica use cases. {@code port.in} holds what the platform offers (train, rename and delete
 * replicas; read them); {@code port.out} what it needs (a {@code ReplicaProvider} such as Tavus).
 * Tavus is the only store of replicas, so there are no platform records here. The service is a
 * plain class, constructed by the {@code bootstrap} module.
 */
package com.acme.tavus.application.replica;
