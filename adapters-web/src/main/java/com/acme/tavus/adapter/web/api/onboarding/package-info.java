/**
 * The video-onboarding routes of seed 000 under {@code /api/v1/tavus}: create a greeting call for a
 * person, read its status (or stream it as Server-Sent Events), and receive Tavus's callbacks.
 */
package com.acme.tavus.adapter.web.api.onboarding;
