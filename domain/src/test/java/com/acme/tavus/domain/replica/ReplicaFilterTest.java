package com.acme.tavus.domain.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import com.acme.tavus.domain.shared.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaFilterTest {

    @Test
    void type_onlyTheDocumentedValues_canFilter() {
        assertThatThrownBy(() -> new ReplicaFilter(PageRequest.defaults(), false, ReplicaType.of("personal"), null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("replica_type"));
    }

    @Test
    void matches_appliesTypeAndIds() {
        var nathan = ReplicaId.of("re8e740a42");
        var mine = ReplicaId.of("r79e1c033f");
        var systemOnly = new ReplicaFilter(PageRequest.defaults(), true, ReplicaType.SYSTEM, null);
        var someIds = new ReplicaFilter(PageRequest.defaults(), false, null, List.of(mine));

        assertThat(systemOnly.matches(nathan, ReplicaType.SYSTEM)).isTrue();
        assertThat(systemOnly.matches(mine, ReplicaType.USER)).isFalse();
        assertThat(someIds.matches(mine, ReplicaType.USER)).isTrue();
        assertThat(someIds.matches(nathan, ReplicaType.SYSTEM)).isFalse();
        assertThat(ReplicaFilter.all().matches(nathan, ReplicaType.SYSTEM)).isTrue();
    }

    @Test
    void statusAndType_tolerateUnknownValuesAndNormaliseCase() {
        assertThat(ReplicaStatus.of("Completed")).isEqualTo(ReplicaStatus.COMPLETED);
        assertThat(ReplicaStatus.of("ready").value()).isEqualTo("ready");
        assertThat(ReplicaStatus.COMPLETED.isCompleted()).isTrue();
        assertThat(ReplicaStatus.STARTED.isCompleted()).isFalse();
        assertThat(ReplicaType.of("SYSTEM")).isEqualTo(ReplicaType.SYSTEM);
        assertThat(ReplicaType.of("non_human").isKnown()).isFalse();
    }
}
