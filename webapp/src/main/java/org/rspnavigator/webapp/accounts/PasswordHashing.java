package org.rspnavigator.webapp.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt for every password, whatever its length or script. BCrypt reads at most 72 bytes, and
 * 72 bytes of UTF-8 can be as few as 18 characters; so a password longer than that is first
 * reduced with SHA-384 to 64 Base64 characters, which BCrypt then hashes (the pre-hashing the
 * OWASP Password Storage Cheat Sheet describes). Every character of a long passphrase counts,
 * and a password of up to 72 bytes is hashed exactly as before, so existing hashes stay valid.
 */
final class PasswordHashing implements PasswordEncoder {

    static final int BCRYPT_MAX_BYTES = 72;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    static String fitted(CharSequence raw) {
        byte[] utf8 = raw.toString().getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= BCRYPT_MAX_BYTES) {
            return raw.toString();
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-384", e);
        }
    }

    @Override
    public String encode(CharSequence raw) {
        return bcrypt.encode(fitted(raw));
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        return raw != null && encoded != null && bcrypt.matches(fitted(raw), encoded);
    }

    @Override
    public boolean upgradeEncoding(String encoded) {
        return bcrypt.upgradeEncoding(encoded);
    }
}
