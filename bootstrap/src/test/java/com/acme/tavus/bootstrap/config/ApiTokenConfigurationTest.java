package com.acme.tavus.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.tavus.application.apitoken.StaticTokenAuthenticator.StaticToken;
import org.junit.jupiter.api.Test;

class ApiTokenConfigurationTest {

    @Test
    void parse_acceptsBareAndNamedTokens() {
        assertThat(ApiTokenConfiguration.parse("FOOBAR1, ci:s3cret ,,other"))
                .extracting(StaticToken::name, StaticToken::secret)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("api-token-1", "FOOBAR1"),
                        org.assertj.core.groups.Tuple.tuple("ci", "s3cret"),
                        org.assertj.core.groups.Tuple.tuple("api-token-4", "other"));
    }

    @Test
    void parse_ofNothing_isEmpty() {
        assertThat(ApiTokenConfiguration.parse(null)).isEmpty();
        assertThat(ApiTokenConfiguration.parse("  ")).isEmpty();
    }

    @Test
    void parse_rejectsADuplicateName() {
        assertThatThrownBy(() -> ApiTokenConfiguration.parse("ci:a,ci:b"))
                .hasMessageContaining("'ci' twice");
    }
}
