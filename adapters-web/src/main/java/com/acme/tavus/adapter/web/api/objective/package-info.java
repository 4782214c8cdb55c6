/** The objectives routes ({@code /tavus-api-calls/objectives/...}), in the stored Tavus docs' set-based model. */
package com.acme.tavus.adapter.web.api.objective;
