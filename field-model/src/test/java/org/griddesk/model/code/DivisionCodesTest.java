package org.griddesk.model.code;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodesTest {

    @ParameterizedTest
    @CsvSource({"11,110000000000", "1101,110100000000", "110105,110105000000",
                "500101001,500101001000", "500101001001,500101001001", "' 110105 ',110105000000"})
    void everyCodeFormBecomesTwelveDigits(String code, String twelve) {
        assertEquals(Optional.of(twelve), DivisionCodes.toTwelveDigits(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "110", "11010", "1101050", "1101050010010", "11010A", "１１０１０５"})
    void otherLengthsAndCharactersAreRefused(String code) {
        assertEquals(Optional.empty(), DivisionCodes.toTwelveDigits(code));
    }
}
