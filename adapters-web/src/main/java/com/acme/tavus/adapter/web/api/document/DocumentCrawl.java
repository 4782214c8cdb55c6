package com.acme.tavus.adapter.web.api.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Crawl settings: {@code crawl} in requests, {@code crawl_config} in answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "DocumentCrawl",
        description = "How a website is crawled. Either field may be left out; Tavus applies its default.")
record DocumentCrawl(
        @JsonProperty("depth")
        @Schema(description = "How many links deep to follow from the start page, 1 to 10.",
                example = "2", minimum = "1", maximum = "10")
        @Min(1) @Max(10)
        Integer depth,

        @JsonProperty("max_pages")
        @Schema(description = "Most pages to fetch, 1 to 100.", example = "20", minimum = "1", maximum = "100")
        @Min(1) @Max(100)
        Integer maxPages) {}
