package com.acme.tavus.domain.admin;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "short1!     | must be at least 10 characters",
        "12345678901 | must not be entirely numeric",
        "Password123 | is too common",
        "xxgracehopperxx | is too similar to the username or email",
        "hopper-at-work! | is too similar to the username or email"})
    void check_weakPassword_isRejectedWithTheReason(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, "gracehopper", "hopper@example.com"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("password: " + reason);
    }

    @Test
    void check_passwordLongerThanBcryptReads_isRejected() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "é".repeat(37), "ada", null))
                .hasMessage("password: must be at most 72 bytes");
    }

    @Test
    void check_missing_isRequired() {
        assertThatThrownBy(() -> PasswordPolicy.check("new_password1", "", "ada", null))
                .hasMessage("new_password1: is required");
    }

    @Test
    void check_reasonablePassword_passes() {
        assertThatCode(() -> PasswordPolicy.check("password", "correct horse battery", "ada", "ada@example.com"))
                .doesNotThrowAnyException();
    }
}
