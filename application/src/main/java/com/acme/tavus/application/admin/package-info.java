/**
 * The admin site's own needs: admin accounts (sign-in with hashed passwords and throttling,
 * staff/superuser flags, per-model permissions, the command-line superuser) and the admin log,
 * the history of what each admin did. The records the admin site manages belong to their own
 * areas (onboarding, conversation, ...), which offer the queries it lists them with.
 */
package com.acme.tavus.application.admin;
