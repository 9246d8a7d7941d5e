package org.griddesk.model.code;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DigitCodesTest {

    @Test
    void onlyAsciiDigitsOfExactlyTheLengthAreACode() {
        assertTrue(DigitCodes.isDigits("500101001001", 12));
        assertTrue(DigitCodes.isDigits("000000", 6));
        assertFalse(DigitCodes.isDigits("50010100100", 12), "one short");
        assertFalse(DigitCodes.isDigits("5001010010011", 12), "one long");
        assertFalse(DigitCodes.isDigits("50010100100a", 12));
        assertFalse(DigitCodes.isDigits("500101/01001", 12), "the character before 0");
        assertFalse(DigitCodes.isDigits("500101:01001", 12), "the character after 9");
        assertFalse(DigitCodes.isDigits("５００１０１", 6), "full-width digits are not ASCII digits");
        assertFalse(DigitCodes.isDigits("500101001001' OR 1=1 --", 12));
        assertFalse(DigitCodes.isDigits(null, 6));
        assertFalse(DigitCodes.isDigits("", 6));
    }
}
