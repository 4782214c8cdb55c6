package com.acme.tavus.adapter.web.api.document;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code POST /tavus-api-calls/documents/}: every field of Tavus's create-document request.
 * Bean Validation checks shapes and ranges; the domain repeats the URL rules it owns. Unknown
 * fields are collected in {@link #extraFields()} and forwarded unchanged.
 */
@Schema(name = "CreateDocumentRequest",
        description = "A file or website to add to the knowledge base. Send crawl to fetch several pages of a "
                + "site (and to be able to recrawl it later). Fields not listed here are forwarded to Tavus unchanged.")
record CreateDocumentRequest(
        @JsonProperty("document_url")
        @Schema(description = "Where Tavus fetches the document: a file (.pdf .txt .docx .doc .png .jpg .pptx .csv "
                + ".xlsx, up to 50 MB) or a website.", example = "https://docs.example.com/handbook.pdf",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2048)
        @NotBlank
        @Size(max = 2048)
        @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http or https URL")
        String documentUrl,

        @JsonProperty("document_name")
        @Schema(description = "A name for the document; Tavus generates one when left out.",
                example = "Employee handbook")
        String documentName,

        @JsonProperty("callback_url")
        @Schema(description = "URL that receives processing updates (started, processing, ready, error).",
                example = "https://yourwebsite.com/webhook", maxLength = 2048)
        @Size(max = 2048)
        @Pattern(regexp = "(?i)https?://\\S+", message = "must be an http or https URL")
        String callbackUrl,

        @JsonProperty("tags")
        @Schema(description = "Labels; conversations and personas can select documents by tag.",
                example = "[\"hr\", \"onboarding\"]")
        List<@NotBlank String> tags,

        @JsonProperty("crawl")
        @Schema(description = "Crawl the site instead of taking a one-page snapshot.")
        @Valid
        DocumentCrawl crawl,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
