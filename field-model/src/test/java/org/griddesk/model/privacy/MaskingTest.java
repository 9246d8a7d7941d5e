package org.griddesk.model.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void identityNumbersKeepFirstAndLastFour() {
        assertEquals("1101**********002X", Masking.idNumber("11010519491231002X"));
        assertEquals("5001**********123X", Masking.idNumber("50010119900307123X"));
        assertEquals("1305*******1001", Masking.idNumber("130503670401001"));
    }

    @Test
    void phonesHideTheMiddle() {
        assertEquals("138****5678", Masking.phone("13812345678"));
        assertEquals("023-****3456", Masking.phone("023-58123456"));
    }

    @Test
    void accountNumbersKeepTheirLastFourDigitsOnly() {
        assertEquals("***************0123", Masking.accountNumber("6222021234567890123"));
        assertEquals("************5678", Masking.accountNumber("6222 0212 3456 5678"));
        assertEquals("****", Masking.accountNumber("1234"));
        assertNull(Masking.accountNumber(null));
    }

    @Test
    void shortOrMissingValuesRevealNothing() {
        assertEquals("*******", Masking.idNumber("1234567"));
        assertEquals("****", Masking.phone("1234"));
        assertNull(Masking.idNumber(null));
        assertNull(Masking.phone(null));
    }
}
