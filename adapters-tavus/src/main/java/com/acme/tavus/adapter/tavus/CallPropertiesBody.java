package com.acme.tavus.adapter.tavus;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The {@code properties} object of {@code POST /v2/conversations}, plus any extra properties. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record CallPropertiesBody(
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
        @JsonAnyGetter Map<String, Object> extraFields) {

    static final Set<String> KNOWN = Set.of("max_call_duration", "participant_left_timeout",
            "participant_absent_timeout", "enable_recording", "enable_closed_captions", "apply_greenscreen",
            "language", "recording_s3_bucket_name", "recording_s3_bucket_region", "aws_assume_role_arn");

    CallPropertiesBody {
        extraFields = ExtraJson.withoutKnown(extraFields, KNOWN);
    }

    /** True when sending it would add nothing, so the whole {@code properties} object can be left out. */
    boolean isEmpty() {
        return extraFields.isEmpty() && Stream.of(maxCallDuration, participantLeftTimeout, participantAbsentTimeout,
                        enableRecording, enableClosedCaptions, applyGreenscreen, language, recordingS3BucketName,
                        recordingS3BucketRegion, awsAssumeRoleArn)
                .allMatch(Objects::isNull);
    }
}
