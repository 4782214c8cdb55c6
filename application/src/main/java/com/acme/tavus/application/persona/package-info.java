/**
 * Persona use cases: {@code port.in} offers create, patch, delete and queries; {@code port.out}
 * needs a {@code PersonaProvider} (Tavus or the sandbox). No platform records are kept.
 */
package com.acme.tavus.application.persona;
