package com.acme.tavus.adapter.web.api.document;

import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentPage;
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.Named;

/**
 * Translates the document wire records to and from the domain. Building the domain records runs
 * their guards, so a bad value fails here with an {@code InvalidValueException} naming the JSON
 * field (400). Generated as a Spring bean; unmapped target fields fail the build.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.SPRING)
interface DocumentWebMapper {

    /** The JSON names {@link DocumentResponse} already writes; an extra field must not repeat one. */
    Set<String> MODELLED_RESPONSE_FIELDS = Set.of("document_id", "document_name", "document_url", "status",
            "progress", "created_at", "updated_at", "callback_url", "tags", "crawl_config", "crawled_urls",
            "last_crawled_at", "crawl_count");

    DocumentDraft toDomain(CreateDocumentRequest request);

    DocumentUpdate toDomain(UpdateDocumentRequest request);

    CrawlConfig toDomain(DocumentCrawl crawl);

    DocumentCrawl toResponse(CrawlConfig crawl);

    @Mapping(target = "documentId", source = "id")
    @Mapping(target = "documentName", source = "name")
    @Mapping(target = "documentUrl", source = "url")
    @Mapping(target = "extraFields", source = "extraFields", qualifiedByName = "unmodelledFields")
    DocumentResponse toResponse(Document document);

    default DocumentListResponse toResponse(DocumentPage page) {
        return new DocumentListResponse(page.documents().data().stream().map(this::toResponse).toList(),
                page.documents().totalCount(), page.page(), page.limit());
    }

    default DocumentId documentId(String value) {
        return value == null ? null : new DocumentId(value);
    }

    default String value(DocumentId id) {
        return id == null ? null : id.value();
    }

    default String value(DocumentStatus status) {
        return status == null ? null : status.value();
    }

    @Named("unmodelledFields")
    default Map<String, Object> unmodelledFields(Map<String, Object> extraFields) {
        if (extraFields == null || extraFields.isEmpty()) {
            return Map.of();
        }
        var kept = new LinkedHashMap<String, Object>();
        extraFields.forEach((key, value) -> {
            if (!MODELLED_RESPONSE_FIELDS.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
