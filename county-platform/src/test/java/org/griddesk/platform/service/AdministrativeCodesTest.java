package org.griddesk.platform.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class AdministrativeCodesTest {

    @Property
    void everyTwelveDigitCodeIsAGridOfItsSixDigitCounty(@ForAll @NumericChars @StringLength(12) String code) {
        assertEquals(code, AdministrativeCodes.requireGridCode(code));
        assertEquals(code.substring(0, 6), AdministrativeCodes.countyOf(code));
    }

    @Property
    void codesOfAnyOtherLengthAreRefused(@ForAll @NumericChars @StringLength(max = 20) String code) {
        if (code.length() != 12) {
            assertThrows(InvalidInputException.class, () -> AdministrativeCodes.requireGridCode(code));
        }
    }

    @Test
    void fullWidthDigitsAreNotDigitsHere() {
        assertThrows(InvalidInputException.class, () -> AdministrativeCodes.requireGridCode("５００１０１００１００１"));
    }

    @Test
    void countyComesFromTheOptionThenTheGridsThenTheDemoDefault() {
        assertEquals("110105", AdministrativeCodes.resolveCounty(Optional.of("110105"), List.of("500101001001")));
        assertEquals("500102", AdministrativeCodes.resolveCounty(Optional.empty(), List.of("500102001001")));
        assertEquals("500101", AdministrativeCodes.resolveCounty(Optional.empty(), List.of()));
    }
}
