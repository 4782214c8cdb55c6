/** How the API reads JSON: the settings of Boot's shared mapper that the wire contract depends on. */
package com.acme.tavus.adapter.web.json;
