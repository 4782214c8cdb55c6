package com.acme.tavus.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueViolationsTest {

    @Test
    void aDuplicateKeyIsRecognisedByItsSqlState_howeverDeeplyWrapped() {
        var driver = new SQLIntegrityConstraintViolationException("duplicate key", "23505");

        assertThat(UniqueViolations.isUniqueViolation(driver)).isTrue();
        assertThat(UniqueViolations.isUniqueViolation(new RuntimeException("spring", new IllegalStateException(driver))))
                .isTrue();
    }

    @Test
    void otherIntegrityErrorsAndOtherFailures_areNot() {
        assertThat(UniqueViolations.isUniqueViolation(new SQLException("not null", "23502"))).isFalse();
        assertThat(UniqueViolations.isUniqueViolation(new SQLException("too long", "22001"))).isFalse();
        assertThat(UniqueViolations.isUniqueViolation(new IllegalStateException("no cause"))).isFalse();
        assertThat(UniqueViolations.isUniqueViolation(null)).isFalse();
    }
}
