package com.acme.tavus.adapter.tavus;

/** The optional body of {@code POST /v2/documents/{id}/recrawl}: crawl settings for this run only. */
record RecrawlDocumentBody(CrawlBody crawl) {}
