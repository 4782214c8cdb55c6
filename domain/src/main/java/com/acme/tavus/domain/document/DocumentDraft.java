package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.ExtraFields;
import java.util.List;
import java.util.Map;

/**
 * What to add to the knowledge base: every field of {@code POST /v2/documents}. Only the URL is
 * required; Tavus generates a name when none is given. Sending {@code crawl} turns a website URL
 * into a multi-page crawl (and makes the document recrawlable) instead of a one-page snapshot.
 *
 * @param extraFields fields this version does not model, forwarded to Tavus unchanged
 */
public record DocumentDraft(
        String documentUrl,
        String documentName,
        String callbackUrl,
        List<String> tags,
        CrawlConfig crawl,
        Map<String, Object> extraFields) {

    public DocumentDraft {
        DocumentValues.requireHttpUrl(documentUrl, "document_url");
        DocumentValues.optionalName(documentName, "document_name");
        DocumentValues.optionalHttpUrl(callbackUrl, "callback_url");
        tags = DocumentValues.tags(tags, "tags");
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
