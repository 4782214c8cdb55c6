/** Guardrails: named sets of rules the replica must keep to, in the stored Tavus docs' set-based model. */
package com.acme.tavus.domain.guardrail;
