/** Timers that run housekeeping use cases (reconciliation, purges) while the application runs. */
package com.acme.tavus.bootstrap.scheduling;
