package com.acme.tavus.domain.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplicaRequestTest {

    private static final String VIDEO = "https://cdn.example.com/training.mp4";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void trainVideoUrl_missing_isRejectedNamingTheField(String missing) {
        assertThatThrownBy(() -> ReplicaRequest.trainingOn(missing))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("train_video_url"))
                .hasMessage("train_video_url: is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"training.mp4", "ftp://cdn.example.com/v.mp4", "https://", "http:// bad host/v.mp4",
        "javascript:alert(1)"})
    void trainVideoUrl_notAnHttpUrl_isRejected(String url) {
        assertThatThrownBy(() -> ReplicaRequest.trainingOn(url))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("train_video_url"));
    }

    @Test
    void otherUrls_areCheckedOnlyWhenGiven() {
        assertThatThrownBy(() -> new ReplicaRequest(VIDEO, "consent.mp4", null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("consent_video_url"));
        assertThatThrownBy(() -> new ReplicaRequest(VIDEO, null, "not a url", null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("callback_url"));
    }

    @Test
    void modelName_anyNonBlankName_isAccepted_soNewTavusModelsWork() {
        var request = new ReplicaRequest(VIDEO, null, null, null, "phoenix-5-preview", null, null);

        assertThat(request.modelName()).isEqualTo("phoenix-5-preview");
        assertThatThrownBy(() -> new ReplicaRequest(VIDEO, null, null, null, " ", null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("model_name"));
    }

    @Test
    void missingPropertiesAndExtras_becomeEmpty() {
        var request = new ReplicaRequest(VIDEO, null, null, null, null, null, null);

        assertThat(request.properties()).isEqualTo(ReplicaProperties.none());
        assertThat(request.extraFields()).isEmpty();
    }

    @Test
    void replicaName_mustBeNonBlankAndAtMost255Characters() {
        assertThat(ReplicaName.of("x".repeat(255)).value()).hasSize(255);
        assertThatThrownBy(() -> ReplicaName.of("x".repeat(256)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("replica_name"))
                .hasMessage("replica_name: must be at most 255 characters");
        assertThatThrownBy(() -> ReplicaName.of("  "))
                .hasMessage("replica_name: must not be blank");
    }

    @Test
    void extraFields_areCopied() {
        var extras = new java.util.HashMap<String, Object>(Map.of("train_audio_url", "https://a.example/a.wav"));
        var request = new ReplicaRequest(VIDEO, null, null, null, null, null, extras);
        extras.clear();

        assertThat(request.extraFields()).containsOnlyKeys("train_audio_url");
    }
}
