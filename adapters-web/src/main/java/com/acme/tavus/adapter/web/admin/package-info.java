/**
 * The admin site at {@code /admin/}: a small, generic, server-rendered admin in the style of Django's.
 *
 * <p>Each model the site manages is one {@link com.acme.tavus.adapter.web.admin.ModelAdmin}
 * subclass (a Spring component in {@code admin.models}) that describes its fields, list columns,
 * search, filters, ordering, read-only fields and actions, and reaches its data only through the
 * application's inbound ports. {@link com.acme.tavus.adapter.web.admin.AdminSite} collects them;
 * {@link com.acme.tavus.adapter.web.admin.AdminController} renders every page of every model from
 * those descriptions with the Thymeleaf templates in {@code templates/admin/}. Security (form login,
 * session, CSRF, headers) is in {@code admin.security}.
 */
package com.acme.tavus.adapter.web.admin;
