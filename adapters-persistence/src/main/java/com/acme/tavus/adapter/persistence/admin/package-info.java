/** The admin site's tables: {@code admin_users} (+ {@code admin_user_permissions}) and {@code admin_log}. */
package com.acme.tavus.adapter.persistence.admin;
