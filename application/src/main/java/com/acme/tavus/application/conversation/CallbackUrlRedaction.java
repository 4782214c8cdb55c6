package com.acme.tavus.application.conversation;

import com.acme.tavus.domain.conversation.Conversation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hides the signature of a signed callback URL before a conversation leaves the platform. Tavus
 * echoes {@code callback_url} back on every read, and repeats it as {@code webhook_url} in each of
 * the {@code events} of a verbose read; for conversations the platform tracks, that URL's
 * {@code sig} parameter is the proof a callback is genuine: anyone who could read it could forge
 * callbacks. The rest of the URL stays visible, so clients still see where callbacks go.
 */
final class CallbackUrlRedaction {

    static final String REDACTED = "redacted";
    private static final Pattern SIGNATURE = Pattern.compile("([?&]sig=)[^&#]*");
    /** Where Tavus repeats the callback URL inside the extra fields (verbose events). */
    private static final Set<String> URL_KEYS = Set.of("callback_url", "webhook_url");

    private CallbackUrlRedaction() {}

    static String redact(String url) {
        return url == null ? null : SIGNATURE.matcher(url).replaceAll("$1" + REDACTED);
    }

    static Conversation redact(Conversation conversation) {
        var url = conversation.callbackUrl();
        var redacted = redact(url);
        var extra = conversation.extraFields();
        var redactedExtra = redactUrls(extra);
        if ((url == null || url.equals(redacted)) && extra.equals(redactedExtra)) {
            return conversation;
        }
        return new Conversation(conversation.id(), conversation.name(), conversation.url(), conversation.status(),
                redacted, conversation.replicaId(), conversation.personaId(), conversation.createdAt(),
                conversation.updatedAt(), conversation.meetingToken(), redactedExtra);
    }

    /** A copy of {@code fields} with every callback URL, at any depth, redacted. */
    private static Map<String, Object> redactUrls(Map<String, Object> fields) {
        var copy = new LinkedHashMap<String, Object>();
        fields.forEach((key, value) -> copy.put(key, URL_KEYS.contains(key) && value instanceof String text
                ? redact(text) : redactValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object redactValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            return redactUrls((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(redactValue(item)));
            return copy;
        }
        return value;
    }
}
