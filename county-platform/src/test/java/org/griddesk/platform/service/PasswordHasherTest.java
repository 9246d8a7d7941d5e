package org.griddesk.platform.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(4);

    @Test
    void hashesAreSaltedAndVerifyOnlyTheirPassword() {
        String first = hasher.hash("网格员密码2024".toCharArray());
        String second = hasher.hash("网格员密码2024".toCharArray());

        assertNotEquals(first, second);
        assertTrue(first.startsWith("$2a$04$"));
        assertTrue(hasher.matches("网格员密码2024".toCharArray(), first));
        assertFalse(hasher.matches("网格员密码2025".toCharArray(), first));
    }

    @Test
    void passwordsBcryptWouldCutAreRefused() {
        char[] tooLong = "密".repeat(24).toCharArray(); // 72 bytes in UTF-8
        assertThrows(InvalidInputException.class, () -> PasswordHasher.requireAcceptable(tooLong));
        assertDoesNotThrow(() -> PasswordHasher.requireAcceptable("密".repeat(23).toCharArray()));
        assertThrows(InvalidInputException.class, () -> PasswordHasher.requireAcceptable("short".toCharArray()));
    }
}
