package com.acme.tavus.adapter.web.api.replica;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Body of {@code POST /tavus-api-calls/replicas/}: every field of Tavus's create-replica request,
 * under Tavus's names. Bean Validation checks the shape (URLs, lengths); the domain re-checks the
 * URLs strictly. Unknown fields are collected in {@link #extraFields()} and forwarded, so a field
 * Tavus adds later ({@code train_audio_url}, say) works at once.
 */
@Schema(name = "CreateReplicaRequest",
        description = "What to train on Tavus. Only train_video_url is required. Fields not listed here are "
                + "forwarded to Tavus unchanged.")
record CreateReplicaRequest(
        @JsonProperty("train_video_url")
        @Schema(description = "Publicly downloadable training video (a presigned S3 link, say): H.264, up to "
                + "750 MB. Tavus fetches it itself.", example = "https://my-bucket.s3.amazonaws.com/training.mp4",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = CreateReplicaRequest.MAX_URL)
        @NotBlank
        @Size(max = MAX_URL)
        @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
        String trainVideoUrl,

        @JsonProperty("consent_video_url")
        @Schema(description = "The consent statement, for a personal replica whose training video does not open "
                + "with it.", example = "https://my-bucket.s3.amazonaws.com/consent.mp4", maxLength = MAX_URL)
        @Size(max = MAX_URL)
        @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
        String consentVideoUrl,

        @JsonProperty("callback_url")
        @Schema(description = "URL Tavus calls when training finishes (status ready) or fails (status error).",
                example = "https://yourwebsite.com/webhook", maxLength = MAX_URL)
        @Size(max = MAX_URL)
        @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE)
        String callbackUrl,

        @JsonProperty("replica_name")
        @Schema(description = "A name for the replica.", example = "Rio", maxLength = MAX_NAME)
        @Size(max = MAX_NAME)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        String replicaName,

        @JsonProperty("model_name")
        @Schema(description = "The replica model, such as phoenix-3 or phoenix-4 (Tavus picks its default when "
                + "left out). Other names are passed to Tavus as they are.", example = "phoenix-4")
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        String modelName,

        @JsonProperty("properties")
        @Schema(description = "Training options.")
        @Valid
        ReplicaPropertiesRequest properties,

        @JsonAnySetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {

    static final int MAX_URL = 2048;
    static final int MAX_NAME = 255;
    static final String HTTP_URL = "https?://\\S+";
    static final String HTTP_URL_MESSAGE = "must be an http or https URL";
    /** Absent is fine; present must contain something visible. */
    static final String NOT_BLANK = "(?s).*\\S.*";
}
