/**
 * The browser side of the platform: the demo page at {@code /tavus-api-calls/demo/} (plain HTML,
 * CSS and JavaScript modules, no build step) and, in sandbox mode, the page a sandbox
 * conversation's URL opens. Both are static, public and hold no secrets: every API call the demo
 * makes carries the token the user pasted, kept in the browser's session storage.
 */
package com.acme.tavus.adapter.web.demo;
