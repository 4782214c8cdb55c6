package com.acme.tavus.domain.conversation;

import com.acme.tavus.domain.shared.ExtraFields;
import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Map;

/**
 * The {@code properties} of a conversation: how long the call may run and which room features are
 * on. Every field is optional; Tavus applies its defaults (3600 s maximum duration, 300 s absent
 * timeout) to the ones left out.
 */
public record CallProperties(
        Integer maxCallDuration,
        Integer participantLeftTimeout,
        Integer participantAbsentTimeout,
        Boolean enableRecording,
        Boolean enableClosedCaptions,
        Boolean applyGreenscreen,
        String language,
        String recordingS3BucketName,
        String recordingS3BucketRegion,
        String awsAssumeRoleArn,
        Map<String, Object> extraFields) {

    /** Tavus's documented default and maximum call length, in seconds. */
    public static final int DEFAULT_MAX_CALL_DURATION = 3600;

    public CallProperties {
        requireNotNegative(maxCallDuration, "properties.max_call_duration");
        requireNotNegative(participantLeftTimeout, "properties.participant_left_timeout");
        requireNotNegative(participantAbsentTimeout, "properties.participant_absent_timeout");
        if (maxCallDuration != null && maxCallDuration == 0) {
            throw new InvalidValueException("properties.max_call_duration", "must be at least 1 second");
        }
        extraFields = ExtraFields.copyOf(extraFields);
    }

    public static CallProperties none() {
        return new CallProperties(null, null, null, null, null, null, null, null, null, null, Map.of());
    }

    public int maxCallDurationOrDefault() {
        return maxCallDuration == null ? DEFAULT_MAX_CALL_DURATION : maxCallDuration;
    }

    private static void requireNotNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidValueException(field, "must not be negative");
        }
    }
}
