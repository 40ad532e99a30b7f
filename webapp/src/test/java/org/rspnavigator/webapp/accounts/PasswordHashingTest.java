package org.rspnavigator.webapp.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt for passwords of any length and script, with every character counting. */
class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void aLongPassphraseInAnyScriptIsHashedWhole() {
        String passphrase = "長い合言葉は覚えやすくて安全です".repeat(4) + " ελληνικά 🔐";
        assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
        String hash = hashing.encode(passphrase);
        assertThat(hashing.matches(passphrase, hash)).isTrue();
        // Same first 72 bytes, different end: BCrypt alone would not tell them apart.
        assertThat(hashing.matches(passphrase.substring(0, passphrase.length() - 2) + "🔑", hash)).isFalse();
    }

    @Test
    void passwordsThatFitBCryptAreHashedAsBefore() {
        String password = "Admin-password-for-tests";
        String earlier = new BCryptPasswordEncoder().encode(password);
        assertThat(hashing.matches(password, earlier)).as("a hash stored before").isTrue();
        assertThat(new BCryptPasswordEncoder().matches(password, hashing.encode(password))).isTrue();
        String exactly72 = "x".repeat(72);
        assertThat(hashing.matches(exactly72, new BCryptPasswordEncoder().encode(exactly72))).isTrue();
    }
}
