package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Tavus's crawl settings, {@code {"depth": 2, "max_pages": 20}}: {@code crawl} in requests, {@code crawl_config} in answers. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CrawlBody(Integer depth, Integer maxPages) {}
