/**
 * Personas: the prompt, context, defaults and layers that drive a replica in a conversation. The
 * platform types what it reasons about and passes Tavus's layers through as JSON.
 */
package com.acme.tavus.domain.persona;
