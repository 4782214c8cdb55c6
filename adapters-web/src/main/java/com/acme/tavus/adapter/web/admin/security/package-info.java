/**
 * The admin site's own security chain, separate from the API's stateless token chain: form login
 * at {@code /admin/login} against the admin accounts, a server-side session (HttpOnly, SameSite
 * cookie), CSRF tokens on every form, and pages that may not be framed.
 */
package com.acme.tavus.adapter.web.admin.security;
