package com.acme.tavus.adapter.web.api.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;

/** Optional body of a recrawl: other crawl settings for this run only. */
@Schema(name = "RecrawlDocumentRequest",
        description = "Optional. crawl overrides the saved crawl settings for this run only.")
record RecrawlDocumentRequest(
        @JsonProperty("crawl")
        @Schema(description = "Crawl settings for this run.")
        @Valid
        DocumentCrawl crawl) {}
