package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /v2/documents}. Null fields are left out (Tavus then generates a name, or
 * takes a one-page snapshot instead of a crawl); unmodelled fields are written at the top level.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CreateDocumentBody(
        String documentUrl,
        String documentName,
        String callbackUrl,
        List<String> tags,
        CrawlBody crawl,
        @JsonAnyGetter Map<String, Object> extraFields) {

    static final Set<String> KNOWN = Set.of("document_url", "document_name", "callback_url", "tags", "crawl");

    CreateDocumentBody {
        extraFields = ExtraJson.withoutKnown(extraFields, KNOWN);
    }
}
