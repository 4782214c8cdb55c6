package com.acme.tavus.domain.guardrail;

import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.Modality;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One rule of a guardrails set: a prompt that tells Tavus what the replica must not do, with an
 * optional callback when it is triggered.
 *
 * @param name letters, digits and underscores only, as Tavus requires
 * @param modality {@code null} means Tavus's default, verbal
 */
public record Guardrail(String name, String prompt, Modality modality, String callbackUrl,
        Map<String, Object> extraFields) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]+");

    public Guardrail {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("guardrail_name", "is required");
        }
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException("guardrail_name", "may contain only letters, digits and underscores");
        }
        if (prompt == null || prompt.isBlank()) {
            throw new InvalidValueException("guardrail_prompt", "is required");
        }
        extraFields = ExtraFields.copyOf(extraFields);
    }
}
