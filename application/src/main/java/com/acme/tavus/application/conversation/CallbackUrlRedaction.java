package com.acme.tavus.application.conversation;

import com.acme.tavus.domain.conversation.Conversation;
import java.util.regex.Pattern;

/**
 * Hides the signature of a signed callback URL before a conversation leaves the platform. Tavus
 * echoes {@code callback_url} back on every read, and for onboarding conversations that URL's
 * {@code sig} parameter is the proof a callback is genuine: anyone who could read it could forge
 * callbacks. The rest of the URL stays visible, so clients still see where callbacks go.
 */
final class CallbackUrlRedaction {

    static final String REDACTED = "redacted";
    private static final Pattern SIGNATURE = Pattern.compile("([?&]sig=)[^&#]*");

    private CallbackUrlRedaction() {}

    static String redact(String url) {
        return url == null ? null : SIGNATURE.matcher(url).replaceAll("$1" + REDACTED);
    }

    static Conversation redact(Conversation conversation) {
        var url = conversation.callbackUrl();
        var redacted = redact(url);
        if (url == null || url.equals(redacted)) {
            return conversation;
        }
        return new Conversation(conversation.id(), conversation.name(), conversation.url(), conversation.status(),
                redacted, conversation.replicaId(), conversation.personaId(), conversation.createdAt(),
                conversation.updatedAt(), conversation.meetingToken(), conversation.extraFields());
    }
}
