package com.acme.tavus.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.tavus.application.admin.port.out.PasswordHasher;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordHasher} must do, as tests: a pure computation, so a small contract:
 * the round trip, a wrong password or a malformed hash refused (never thrown), and a fresh hash not
 * asking to be redone. Extend it and supply the hasher (at its cheapest cost, tests need no strength).
 */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    @Test
    void aHash_matchesItsPassword_andNoOther() {
        var hash = hasher().hash("correct horse battery staple");

        assertThat(hash).isNotEqualTo("correct horse battery staple").doesNotContain("correct horse");
        assertThat(hasher().matches("correct horse battery staple", hash)).isTrue();
        assertThat(hasher().matches("correct horse battery stapler", hash)).isFalse();
        assertThat(hasher().matches("", hash)).isFalse();
    }

    @Test
    void aHash_namesItsAlgorithm_andAFreshOneNeedsNoRehash() {
        var hash = hasher().hash("s3cret-Passw0rd");

        assertThat(hash).matches("\\{[a-z0-9-]+}.+");
        assertThat(hasher().needsRehash(hash)).isFalse();
    }

    @Test
    void malformedOrMissingHashes_matchNothing_andNeedARehash() {
        for (var malformed : new String[] {null, "", "plain", "{bcrypt}", "{unknown}abc", "{bcrypt}$2a$xx$broken"}) {
            assertThat(hasher().matches("plain", malformed)).as("matches %s", malformed).isFalse();
        }
        assertThat(hasher().needsRehash(null)).isTrue();
        assertThat(hasher().needsRehash("{unknown}abc")).isTrue();
    }

    @Test
    void passwordsBeyondAscii_roundTrip() {
        var hash = hasher().hash("pässwörd – ✓ 密码");

        assertThat(hasher().matches("pässwörd – ✓ 密码", hash)).isTrue();
        assertThat(hasher().matches("passwort – ✓ 密码", hash)).isFalse();
    }
}
