/**
 * Video onboarding: a person ({@link com.acme.tavus.domain.onboarding.Applicant}) is greeted by a
 * Tavus persona in a call the platform creates for them; Tavus then reports what happened through
 * {@link com.acme.tavus.domain.onboarding.CallbackEvent callback events}, which move the platform's
 * record of the call forward.
 */
package com.acme.tavus.domain.onboarding;
