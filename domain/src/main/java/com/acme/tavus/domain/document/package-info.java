/**
 * Documents: the knowledge base a persona or conversation can search. Tavus fetches each document
 * from its {@code document_url} (a file, a one-page snapshot of a site, or a multi-page crawl),
 * processes it asynchronously ({@code started → processing → ready}, or {@code error}) and can
 * recrawl a crawled site later. {@link com.acme.tavus.domain.document.Document} is Tavus's view of
 * one; the other types are what the platform asks Tavus for.
 */
package com.acme.tavus.domain.document;
