package org.griddesk.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The published examples of GB 11643 and its 15-to-18 upgrade. */
class IdentityNumbersTest {

    @Test
    void publishedValidNumber() {
        assertTrue(IdentityNumbers.hasValidChecksum("11010519491231002X"));
        assertEquals('X', IdentityNumbers.checkCharacter("11010519491231002"));
        assertEquals(Optional.of(LocalDate.of(1949, 12, 31)), IdentityNumbers.birthDate("11010519491231002X"));
        assertEquals("2", IdentityNumbers.sexCode("11010519491231002X"), "sequence 002 is even: female");
    }

    @Test
    void publishedInvalidNumber() {
        assertFalse(IdentityNumbers.hasValidChecksum("110101199003077933"));
        assertEquals('4', IdentityNumbers.checkCharacter("11010119900307793"));
    }

    @Test
    void fifteenDigitNumberIsUpgraded() {
        assertEquals(Optional.of("130503196704010016"), IdentityNumbers.upgradeFifteenDigit("130503670401001"));
        assertEquals("1", IdentityNumbers.sexCode("130503196704010016"));
        assertEquals(Optional.empty(), IdentityNumbers.upgradeFifteenDigit("13050367040100"));
        assertEquals(Optional.empty(), IdentityNumbers.upgradeFifteenDigit("13050367040100X"));
    }

    @Test
    void lowerCaseXIsNormalised() {
        assertEquals("11010519491231002X", IdentityNumbers.normalize(" 11010519491231002x "));
    }
}
