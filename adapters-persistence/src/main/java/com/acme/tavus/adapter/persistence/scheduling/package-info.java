/** The {@code job_locks} table behind the application's {@code SingleRunnerLock} port. */
package com.acme.tavus.adapter.persistence.scheduling;
