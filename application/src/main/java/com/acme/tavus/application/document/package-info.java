/**
 * Knowledge-base document use cases. {@code port.in} holds what the platform offers (manage and
 * query documents); {@code port.out} what it needs (a {@code DocumentProvider}: Tavus or the
 * sandbox). Tavus is the only store of documents, so the service is a thin, plain class that
 * {@code bootstrap} constructs.
 */
package com.acme.tavus.application.document;
