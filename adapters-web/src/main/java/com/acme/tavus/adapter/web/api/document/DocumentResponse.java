package com.acme.tavus.adapter.web.api.document;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A document as Tavus describes it, under Tavus's names and in the order of its documentation.
 * Absent values are left out, as for conversations; fields Tavus added that are not modelled are
 * written at the top level.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"document_id", "document_name", "document_url", "status", "progress", "created_at",
    "updated_at", "callback_url", "tags", "crawl_config", "crawled_urls", "last_crawled_at", "crawl_count"})
@Schema(name = "Document",
        description = "A knowledge-base document. Fields Tavus adds later are passed through at the top level.")
record DocumentResponse(
        @JsonProperty("document_id")
        @Schema(description = "Tavus's id for the document.", example = "d8-5c71baca86fc",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String documentId,

        @JsonProperty("document_name")
        @Schema(description = "The document's name.", example = "Employee handbook")
        String documentName,

        @JsonProperty("document_url")
        @Schema(description = "Where Tavus fetched the document.", example = "https://docs.example.com/handbook.pdf")
        String documentUrl,

        @JsonProperty("status")
        @Schema(description = "started when created, then processing, then ready (or error); recrawling while a "
                + "recrawl runs. Other values a newer Tavus sends are passed on unchanged.",
                example = "started", requiredMode = Schema.RequiredMode.REQUIRED)
        String status,

        @JsonProperty("progress")
        @Schema(description = "Processing progress as Tavus reports it (a string, or an integer in recrawl answers).",
                oneOf = {String.class, Integer.class}, example = "50")
        Object progress,

        @JsonProperty("created_at")
        @Schema(description = "When Tavus created the document, exactly as Tavus wrote it.",
                example = "2024-01-01T12:00:00Z")
        String createdAt,

        @JsonProperty("updated_at")
        @Schema(description = "When the document last changed, exactly as Tavus wrote it.",
                example = "2024-01-01T12:05:00Z")
        String updatedAt,

        @JsonProperty("callback_url")
        @Schema(description = "URL that receives processing updates.", example = "https://yourwebsite.com/webhook")
        String callbackUrl,

        @JsonProperty("tags")
        @ArraySchema(schema = @Schema(example = "hr"), arraySchema = @Schema(description = "The document's tags."))
        List<String> tags,

        @JsonProperty("crawl_config")
        @Schema(description = "The saved crawl settings; absent for files and one-page snapshots.")
        DocumentCrawl crawlConfig,

        @JsonProperty("crawled_urls")
        @ArraySchema(schema = @Schema(example = "https://docs.example.com/"),
                arraySchema = @Schema(description = "The pages the last crawl fetched, once processed."))
        List<String> crawledUrls,

        @JsonProperty("last_crawled_at")
        @Schema(description = "When the last crawl started.", example = "2024-01-01T12:00:00Z")
        String lastCrawledAt,

        @JsonProperty("crawl_count")
        @Schema(description = "How many crawls have run; crawled sites only.", example = "1")
        Integer crawlCount,

        @JsonAnyGetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
