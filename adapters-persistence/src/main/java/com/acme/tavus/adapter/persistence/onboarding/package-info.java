/** The {@code users} table behind the application's {@code OnboardingUsers} port. */
package com.acme.tavus.adapter.persistence.onboarding;
