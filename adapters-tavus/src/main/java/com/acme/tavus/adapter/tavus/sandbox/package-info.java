/**
 * The sandbox: an in-process stand-in for Tavus, used when the platform has no Tavus API key. {@link
 * com.acme.tavus.adapter.tavus.sandbox.SandboxTavus} is the simulated Tavus account (its stock
 * replica and persona, and everything created since); one provider per resource implements the
 * application's port on top of it with Tavus's observable behaviour: its id shapes, statuses,
 * error texts and verbose event payloads.
 */
package com.acme.tavus.adapter.tavus.sandbox;
