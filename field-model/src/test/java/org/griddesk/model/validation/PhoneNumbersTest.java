package org.griddesk.model.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "15000000000", " 17712345678 "})
    void mobileNumbers(String number) {
        assertTrue(PhoneNumbers.isMobile(number));
        assertTrue(PhoneNumbers.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-12345678", "023-58123456", "0755-1234567", "0755-12345678",
                            "023-58123456-801", "0571-8765432转12"})
    void landlinesWithAreaCode(String number) {
        assertTrue(PhoneNumbers.isLandline(number));
        assertTrue(PhoneNumbers.isValid(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "23812345678", "138-1234-5678",
                            "58123456", "023-5812345", "0755-123456", "075-12345678", "1381234567a", ""})
    void everythingElseIsRefused(String number) {
        assertFalse(PhoneNumbers.isValid(number));
    }
}
