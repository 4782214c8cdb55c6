/**
 * Video onboarding: start a greeting call for a person, report its status, take in Tavus's signed
 * callbacks exactly once, stream status changes, and close calls whose callbacks never came.
 */
package com.acme.tavus.application.onboarding;
