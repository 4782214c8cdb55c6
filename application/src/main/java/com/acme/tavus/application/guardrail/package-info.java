/** Guardrails use cases: create, patch, delete and queries over a {@code GuardrailsProvider} (Tavus or the sandbox). */
package com.acme.tavus.application.guardrail;
