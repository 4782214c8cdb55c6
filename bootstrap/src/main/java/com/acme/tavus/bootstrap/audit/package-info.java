/** In-process glue for the audit trail: its start and its flush on graceful shutdown. */
package com.acme.tavus.bootstrap.audit;
