package com.acme.tavus.domain.document;

import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.List;
import java.util.Map;

/**
 * A merge-style change to a document ({@code PATCH /v2/documents/{id}}): a field left {@code null}
 * stays as it is, while {@code tags} replaces the whole list (an empty list clears it). An update
 * that changes nothing is refused, because it is almost certainly a client mistake (a misspelt
 * field name, say).
 *
 * @param extraFields fields this version does not model, forwarded to Tavus unchanged
 */
public record DocumentUpdate(String documentName, List<String> tags, Map<String, Object> extraFields) {

    public DocumentUpdate {
        DocumentValues.optionalName(documentName, "document_name");
        tags = DocumentValues.tags(tags, "tags");
        extraFields = ExtraFields.copyOf(extraFields);
        if (documentName == null && tags == null && extraFields.isEmpty()) {
            throw new InvalidValueException("document_name", "document_name or tags is required");
        }
    }
}
