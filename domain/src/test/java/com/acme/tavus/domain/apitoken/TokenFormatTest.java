package com.acme.tavus.domain.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TokenFormatTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generate_givesPrefixedBase62TokensOfFiftyCharacters_thatAreWellFormed() {
        var token = TokenFormat.generate(random);

        assertThat(token).startsWith("tvp_").hasSize(50).matches("tvp_[0-9A-Za-z]{46}");
        assertThat(TokenFormat.isWellFormed(token)).isTrue();
    }

    @Test
    void generate_neverRepeats() {
        var seen = new HashSet<String>();
        for (var i = 0; i < 1_000; i++) {
            assertThat(seen.add(TokenFormat.generate(random))).isTrue();
        }
    }

    @Test
    void isWellFormed_refusesAnyChangedCharacter_soTheChecksumCatchesTypos() {
        var token = TokenFormat.generate(new SplittableRandom(7));
        for (var i = TokenFormat.PREFIX.length(); i < token.length(); i++) {
            var replacement = token.charAt(i) == 'a' ? 'b' : 'a';
            var typo = token.substring(0, i) + replacement + token.substring(i + 1);
            assertThat(TokenFormat.isWellFormed(typo)).as("changed at %d", i).isFalse();
        }
    }

    @Test
    void isWellFormed_refusesOtherShapes() {
        var token = TokenFormat.generate(random);
        assertThat(TokenFormat.isWellFormed(null)).isFalse();
        assertThat(TokenFormat.isWellFormed("")).isFalse();
        assertThat(TokenFormat.isWellFormed("FOOBAR1")).isFalse();
        assertThat(TokenFormat.isWellFormed("xyz_" + token.substring(4))).isFalse();
        assertThat(TokenFormat.isWellFormed(token + "0")).isFalse();
        assertThat(TokenFormat.isWellFormed(token.substring(0, 49))).isFalse();
        assertThat(TokenFormat.isWellFormed(token.substring(0, 10) + "-" + token.substring(11))).isFalse();
    }

    @Test
    void hint_isThePrefixAndSixCharacters_andOnlyForIssuedTokens() {
        var token = TokenFormat.generate(random);

        assertThat(TokenFormat.hint(token)).isEqualTo(token.substring(0, 10));
        assertThatThrownBy(() -> TokenFormat.hint("FOOBAR1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tokenHash_isTheSha256OfTheToken_andComparesByValue() {
        var hash = TokenHash.of("FOOBAR1");

        assertThat(hash.hex()).isEqualTo("8eecdddcce1757f17e91a8460daa0b39e28c02d64f73121b6ab7f4b019e111e3");
        assertThat(hash.matches(TokenHash.of("FOOBAR1"))).isTrue();
        assertThat(hash.matches(TokenHash.of("FOOBAR2"))).isFalse();
        assertThat(hash.matches(null)).isFalse();
        assertThatThrownBy(() -> new TokenHash("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
