package com.acme.tavus.adapter.web.api.conversation;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import java.util.Map;

/**
 * The {@code properties} object of a create request: call limits and room features. Every field is
 * optional; Tavus applies its defaults. Fields this version does not know are kept in
 * {@link #extraFields()} and forwarded to Tavus unchanged.
 */
@Schema(name = "ConversationProperties",
        description = "Call limits and room features. Every field is optional; Tavus applies its defaults. "
                + "Fields not listed here are forwarded to Tavus unchanged.")
record CallPropertiesRequest(
        @JsonProperty("max_call_duration")
        @Schema(description = "Longest the call may last, in seconds (Tavus default and maximum: 3600).",
                example = "3600", minimum = "1")
        @Min(1)
        Integer maxCallDuration,

        @JsonProperty("participant_left_timeout")
        @Schema(description = "Seconds to wait after the last participant leaves before ending the call.",
                example = "60", minimum = "0")
        @Min(0)
        Integer participantLeftTimeout,

        @JsonProperty("participant_absent_timeout")
        @Schema(description = "Seconds from creation to wait for a first participant before ending the call "
                + "(Tavus default: 300).", example = "300", minimum = "0")
        @Min(0)
        Integer participantAbsentTimeout,

        @JsonProperty("enable_recording")
        @Schema(description = "Record the call into your own S3 bucket (see the recording_* fields).",
                example = "true")
        Boolean enableRecording,

        @JsonProperty("enable_closed_captions")
        @Schema(description = "Send closed captions to participants as Daily app-messages.", example = "true")
        Boolean enableClosedCaptions,

        @JsonProperty("apply_greenscreen")
        @Schema(description = "Replace the replica's background with green (RGB 0, 255, 155).", example = "true")
        Boolean applyGreenscreen,

        @JsonProperty("language")
        @Schema(description = "Full language name such as english or french (not an ISO code), "
                + "or multilingual for automatic detection.", example = "english")
        String language,

        @JsonProperty("recording_s3_bucket_name")
        @Schema(description = "S3 bucket that receives recordings.", example = "conversation-recordings")
        String recordingS3BucketName,

        @JsonProperty("recording_s3_bucket_region")
        @Schema(description = "Region of the recording bucket.", example = "us-east-1")
        String recordingS3BucketRegion,

        @JsonProperty("aws_assume_role_arn")
        @Schema(description = "IAM role Tavus assumes to write recordings into the bucket.",
                example = "arn:aws:iam::123456789012:role/tavus-recordings")
        String awsAssumeRoleArn,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
