package com.acme.tavus.adapter.tavus;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The envelope of {@code GET /v2/documents}: {@link TavusPage}'s {@code data} and
 * {@code total_count}, plus the {@code page} and {@code limit} that only documents echo. Either may
 * be missing; the request's values stand in then.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record DocumentPageResponse(List<DocumentResponse> data, Long totalCount, Integer page, Integer limit) {

    DocumentPageResponse {
        data = data == null ? List.of() : data;
    }

    TavusPage<DocumentResponse> items() {
        return new TavusPage<>(data, totalCount);
    }
}
