/**
 * The models registered with the admin site, one {@code ModelAdmin} component each. To add one:
 * a new {@code @Component} here over the application's ports (see docs/admin.md).
 */
package com.acme.tavus.adapter.web.admin.models;
