package org.rspnavigator.webapp.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the one password policy refuses, and why it says it does. */
class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    @Test
    void theShippedListOfCommonPasswordsIsLoaded() {
        assertThat(POLICY.commonPasswords()).isGreaterThan(10_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            short                        | at least 10 characters
            aaaaaaaaaa                   | one character repeated
            ZZZZZZZZZZZZZZZZZZZZ         | one character repeated
            abababababab                 | short pattern repeated
            ab12ab12ab12                 | short pattern repeated
            1234567890                   | plain sequence
            0987654321                   | plain sequence
            abcdefghijklm                | plain sequence
            qwertyuiop                   | most common
            iloveyou12                   | most common
            PASSWORD1234                 | most common
            Password.2026!!              | common password with digits or symbols added
            !!Sunshine2026!!             | common password with digits or symbols added
            Pat.Planner                  | user name
            pat.planner2026              | user name
            """)
    void refusesWithTheReason(String password, String reason) {
        assertThatThrownBy(() -> POLICY.check(password, "pat.planner")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 128})
    void whiteSpaceAloneIsNoPassword(int length) {
        assertThatThrownBy(() -> POLICY.check(" ".repeat(length), null)).hasMessageContaining("white space");
        assertThatThrownBy(() -> POLICY.check("\t \u3000".repeat(length / 3 + 4).substring(0, length), null))
                .hasMessageContaining("white space");
    }

    @Test
    void tooLongIsRefusedAndLengthCountsCharactersNotCodeUnits() {
        assertThatThrownBy(() -> POLICY.check("Long passphrase ".repeat(9), null)).hasMessageContaining("at most 128");
        assertThatCode(() -> POLICY.check("🔐🔑🗝️🛡️🚪🧱🔏📜", null)).as("ten emoji characters").doesNotThrowAnyException();
        assertThatThrownBy(() -> POLICY.check("🔐🔑🔒🔓", null)).hasMessageContaining("at least 10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Correct horse battery staple", "Test-password-123", "  spaces around are kept  ",
        "長い合言葉は覚えやすくて安全です", "Ωμέγα-και-άλφα-2026", "pat.planner is my name, not my password"})
    void acceptsPassphrasesAndAnyScript(String password) {
        assertThatCode(() -> POLICY.check(password, "pat.planner")).doesNotThrowAnyException();
    }
}
