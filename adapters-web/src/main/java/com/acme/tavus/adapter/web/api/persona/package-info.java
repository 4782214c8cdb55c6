/** The persona routes ({@code /tavus-api-calls/personas/...}): controller, wire records and their mapping. */
package com.acme.tavus.adapter.web.api.persona;
