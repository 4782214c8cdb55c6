package com.acme.tavus.domain.replica;

import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * What to train on Tavus: every field of {@code POST /v2/replicas}. Tavus downloads the videos
 * itself, hours later, so a URL it cannot fetch fails only after the request was accepted and
 * billed time was queued; the URLs are therefore checked here to be absolute http(s) URLs.
 *
 * @param trainVideoUrl the training footage; required
 * @param consentVideoUrl the consent statement, when it does not open the training video
 * @param callbackUrl where Tavus reports that training finished or failed
 * @param modelName the replica model, such as {@code phoenix-3} or {@code phoenix-4}; any other
 *     name is passed on, because Tavus adds models without notice
 * @param extraFields request fields this version does not model, forwarded unchanged
 */
public record ReplicaRequest(
        String trainVideoUrl,
        String consentVideoUrl,
        String callbackUrl,
        ReplicaName replicaName,
        String modelName,
        ReplicaProperties properties,
        Map<String, Object> extraFields) {

    public ReplicaRequest {
        if (trainVideoUrl == null || trainVideoUrl.isBlank()) {
            throw new InvalidValueException("train_video_url", "is required");
        }
        requireHttpUrl(trainVideoUrl, "train_video_url");
        requireHttpUrl(consentVideoUrl, "consent_video_url");
        requireHttpUrl(callbackUrl, "callback_url");
        if (modelName != null && modelName.isBlank()) {
            throw new InvalidValueException("model_name", "must not be blank");
        }
        properties = properties == null ? ReplicaProperties.none() : properties;
        extraFields = ExtraFields.copyOf(extraFields);
    }

    /** A request with only the one required field. */
    public static ReplicaRequest trainingOn(String trainVideoUrl) {
        return new ReplicaRequest(trainVideoUrl, null, null, null, null, null, Map.of());
    }

    private static void requireHttpUrl(String value, String field) {
        if (value == null) {
            return;
        }
        try {
            var uri = new URI(value);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidValueException(field, "must be an absolute http or https URL");
            }
        } catch (URISyntaxException malformed) {
            throw new InvalidValueException(field, "must be an absolute http or https URL");
        }
    }
}
