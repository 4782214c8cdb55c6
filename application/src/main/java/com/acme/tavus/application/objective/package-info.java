/** Objectives use cases: create, patch, delete and queries over a {@code ObjectivesProvider} (Tavus or the sandbox). */
package com.acme.tavus.application.objective;
