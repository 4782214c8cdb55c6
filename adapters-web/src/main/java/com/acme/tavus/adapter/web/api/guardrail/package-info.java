/** The guardrails routes ({@code /tavus-api-calls/guardrails/...}), in the stored Tavus docs' set-based model. */
package com.acme.tavus.adapter.web.api.guardrail;
