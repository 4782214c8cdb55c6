package com.acme.tavus.adapter.tavus;

import com.acme.tavus.domain.document.CrawlConfig;
import com.acme.tavus.domain.document.Document;
import com.acme.tavus.domain.document.DocumentDraft;
import com.acme.tavus.domain.document.DocumentId;
import com.acme.tavus.domain.document.DocumentStatus;
import com.acme.tavus.domain.document.DocumentUpdate;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/**
 * Domain ↔ wire for documents. Generated; unmapped targets fail the build. The id and status
 * conversions live here rather than in {@link TavusValueMappings} so that documents stay a
 * self-contained slice of this package.
 */
@Mapper
interface DocumentMapper {

    DocumentMapper INSTANCE = Mappers.getMapper(DocumentMapper.class);

    CreateDocumentBody toBody(DocumentDraft draft);

    UpdateDocumentBody toBody(DocumentUpdate update);

    CrawlBody toBody(CrawlConfig crawl);

    CrawlConfig toDomain(CrawlBody crawl);

    @Mapping(target = "id", source = "documentId")
    @Mapping(target = "name", source = "documentName")
    @Mapping(target = "url", source = "documentUrl")
    Document toDomain(DocumentResponse response);

    default DocumentId toDocumentId(String value) {
        return value == null ? null : DocumentId.of(value);
    }

    default DocumentStatus toDocumentStatus(String value) {
        return value == null ? null : DocumentStatus.of(value);
    }
}
