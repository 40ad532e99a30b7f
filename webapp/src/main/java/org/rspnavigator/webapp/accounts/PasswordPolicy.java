package org.rspnavigator.webapp.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which passwords are accepted, wherever one is set: by a user for themselves (view and API), by
 * an administrator for a user, and for the first administrator (OWASP ASVS 2.1). Length is what
 * counts: at least {@value #MIN_LENGTH} characters, up to {@value #MAX_LENGTH} so that long
 * passphrases fit, any Unicode character allowed, nothing trimmed. Refused are passwords that a
 * guesser tries first: only white space, one character or a short pattern repeated, a plain
 * sequence (1234567890, abcdefghij, backwards too), the user name, and the common passwords of
 * {@code security/common-passwords.txt}, also with digits or symbols stuck before or after them
 * ({@code Password123!}). A refusal is an {@link IllegalArgumentException} whose message says why.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    /** The longest pattern that may not simply be repeated ("abab…", "ab12ab12…"). */
    private static final int LONGEST_REPEATED_UNIT = 4;
    /** Digits and symbols stuck around a common password or the user name leave it as weak, if what is left is this long. */
    private static final int SHORTEST_COMMON_CORE = 4;

    private final Set<String> common;

    public PasswordPolicy() {
        this(COMMON_PASSWORDS);
    }

    PasswordPolicy(String resource) {
        this.common = load(resource);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing: " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many common passwords are known. */
    int commonPasswords() {
        return common.size();
    }

    /**
     * Refuses {@code password} for the account {@code username} (null when it has none yet) with
     * a message that says why.
     */
    public void check(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new IllegalArgumentException("A password has at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("A password has at most " + MAX_LENGTH + " characters.");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("A password cannot be only white space.");
        }
        int[] chars = password.codePoints().toArray();
        int unit = repeatedUnit(chars);
        if (unit == 1) {
            throw new IllegalArgumentException("A password cannot be one character repeated.");
        }
        if (unit > 0) {
            throw new IllegalArgumentException("A password cannot be a short pattern repeated.");
        }
        if (isSequence(chars)) {
            throw new IllegalArgumentException("A password cannot be a plain sequence such as 1234567890 or abcdefghij.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = core(lower);
        if (username != null && !username.isBlank()) {
            String name = username.strip().toLowerCase(Locale.ROOT);
            if (lower.strip().equals(name) || (core.length() >= SHORTEST_COMMON_CORE && core.equals(name))) {
                throw new IllegalArgumentException("A password cannot be the user name.");
            }
        }
        if (common.contains(lower)) {
            throw new IllegalArgumentException("This is one of the most common passwords; choose another.");
        }
        if (core.length() >= SHORTEST_COMMON_CORE && common.contains(core)) {
            throw new IllegalArgumentException("This is a common password with digits or symbols added; choose another.");
        }
    }

    /** The length of the short pattern that {@code chars} repeats (1 for one character), or 0. */
    private static int repeatedUnit(int[] chars) {
        for (int unit = 1; unit <= LONGEST_REPEATED_UNIT && unit * 2 <= chars.length; unit++) {
            boolean repeats = true;
            for (int i = unit; i < chars.length && repeats; i++) {
                repeats = chars[i] == chars[i - unit];
            }
            if (repeats) {
                return unit;
            }
        }
        return 0;
    }

    /** Each character the next (or each the previous) of the one before: 0123456789 (then 0 again), abcdef. */
    private static boolean isSequence(int[] chars) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < chars.length; i++) {
            int a = chars[i - 1];
            int b = chars[i];
            up &= b == a + 1 || (a == '9' && b == '0');
            down &= b == a - 1 || (a == '0' && b == '9');
        }
        return up || down;
    }

    /** The password without the digits, symbols and spaces before its first and after its last letter. */
    private static String core(String lower) {
        int start = 0;
        int end = lower.length();
        while (start < end && !Character.isLetter(lower.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        return lower.substring(start, end);
    }
}
