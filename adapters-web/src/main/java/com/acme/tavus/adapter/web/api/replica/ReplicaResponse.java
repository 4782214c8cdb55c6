package com.acme.tavus.adapter.web.api.replica;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A replica as Tavus describes it, under Tavus's names and in the order of its examples. Absent
 * values are left out rather than sent as {@code null}; fields Tavus returned that are not modelled
 * are written at the top level, as Tavus wrote them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"replica_id", "replica_name", "thumbnail_video_url", "training_progress", "status",
    "created_at", "updated_at", "error_message", "replica_type"})
@Schema(name = "Replica",
        description = "A Tavus replica. Fields Tavus adds are passed through at the top level.")
record ReplicaResponse(
        @JsonProperty("replica_id")
        @Schema(description = "Tavus's id for the replica.", example = "r79e1c033f",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String replicaId,

        @JsonProperty("replica_name")
        @Schema(description = "The replica's name.", example = "Rio")
        String replicaName,

        @JsonProperty("thumbnail_video_url")
        @Schema(description = "A short preview video of the trained replica.",
                example = "https://cdn.example.com/replicas/r79e1c033f/thumbnail.mp4")
        String thumbnailVideoUrl,

        @JsonProperty("training_progress")
        @Schema(description = "How far training got, as a string.", example = "100/100")
        String trainingProgress,

        @JsonProperty("status")
        @Schema(description = "started while training, completed once the replica can join conversations, error "
                + "when training failed (see error_message). Other values a newer Tavus sends are passed on "
                + "unchanged.", example = "completed", requiredMode = Schema.RequiredMode.REQUIRED)
        String status,

        @JsonProperty("created_at")
        @Schema(description = "When training was requested, exactly as Tavus wrote it.",
                example = "2024-01-24T07:14:03.327Z")
        String createdAt,

        @JsonProperty("updated_at")
        @Schema(description = "When Tavus last changed the replica, exactly as Tavus wrote it.",
                example = "2024-01-24T07:14:03.327Z")
        String updatedAt,

        @JsonProperty("error_message")
        @Schema(description = "Why training failed; only with status error.",
                example = "There was an issue processing your training video.")
        String errorMessage,

        @JsonProperty("replica_type")
        @Schema(description = "user for the account's own replicas, system for Tavus's stock ones. Only with "
                + "verbose=true.", example = "user")
        String replicaType,

        @JsonAnyGetter
        @Schema(hidden = true)
        Map<String, Object> extraFields) {}
