package org.griddesk.platform.service;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** bcrypt, which accepts at most 71 bytes of password; longer ones are refused, never cut silently. */
public final class PasswordHasher {
    public static final int MAX_PASSWORD_BYTES = 71;
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final int cost;
    private final String decoyHash;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.decoyHash = hash("decoy password, never valid".toCharArray());
    }

    public String hash(char[] password) {
        return BCrypt.withDefaults().hashToString(cost, password);
    }

    public boolean matches(char[] password, String hash) {
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password, hash.toCharArray()).verified;
    }

    /** Costs as much as a real check, so answers for unknown users take as long as for known ones. */
    public void spendTimeOfOneCheck(char[] password) {
        matches(password, decoyHash);
    }

    public static void requireAcceptable(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("Password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (utf8Length(password) > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("Password must not be longer than " + MAX_PASSWORD_BYTES + " bytes");
        }
    }

    private static int utf8Length(char[] password) {
        return StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)).remaining();
    }
}
