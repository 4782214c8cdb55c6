/**
 * What every request passes through, whatever its route: a request id
 * ({@link com.acme.tavus.adapter.web.edge.RequestIdFilter}), the request body size limit
 * ({@link com.acme.tavus.adapter.web.edge.RequestBodyLimitFilter}) and the settings bootstrap gives
 * them ({@link com.acme.tavus.adapter.web.edge.HttpEdgeSettings}).
 */
package com.acme.tavus.adapter.web.edge;
