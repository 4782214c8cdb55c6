/**
 * The people who run the platform through its admin site, and what they did there.
 *
 * <p>An {@link com.acme.tavus.domain.admin.AdminUser} may sign in to the admin site when it is
 * active and staff; a superuser may do everything, anyone else only what their
 * {@link com.acme.tavus.domain.admin.AdminPermission}s allow (view, add, change or delete, per
 * model). {@link com.acme.tavus.domain.admin.PasswordPolicy} decides which passwords are acceptable;
 * hashing them is an outside concern. {@link com.acme.tavus.domain.admin.AdminLogEntry} is one line
 * of the admin site's own history (Django's {@code LogEntry}).
 */
package com.acme.tavus.domain.admin;
