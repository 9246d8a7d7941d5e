package org.griddesk.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import org.griddesk.model.code.Division;
import org.griddesk.model.code.DivisionLevel;
import org.griddesk.model.code.DivisionTable;

class IdentityNumberPropertiesTest {

    private static final List<String> COUNTIES = DivisionTable.bundled().atLevel(DivisionLevel.COUNTY)
            .stream().map(Division::shortCode).toList();

    private final IdentityNumberValidator validator =
            new IdentityNumberValidator(DivisionTable.bundled(), IdentityNumberValidatorTest.TODAY);

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> region = Arbitraries.of(COUNTIES);
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2026, 11, 21).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<Integer> sequence = Arbitraries.integers().between(0, 999);
        return Combinators.combine(region, birth, sequence).as((r, b, s) -> {
            String first17 = r + String.format("%04d%02d%02d%03d", b.getYear(), b.getMonthValue(), b.getDayOfMonth(), s);
            return first17 + IdentityNumbers.checkCharacter(first17);
        });
    }

    @Property(tries = 500)
    void everyGeneratedValidNumberPasses(@ForAll("validNumbers") String id) {
        assertEquals(List.of(), validator.validate("idNumber", id));
    }

    @Property(tries = 1000)
    void everySingleCharacterChangeFails(@ForAll("validNumbers") String id,
                                         @ForAll @IntRange(min = 0, max = 17) int position,
                                         @ForAll @CharRange(from = '0', to = '9') char digit,
                                         @ForAll boolean useX) {
        char replacement = useX ? 'X' : digit;
        if (replacement == id.charAt(position)) {
            replacement = replacement == 'X' ? '0' : (char) ('0' + (replacement - '0' + 1) % 10);
        }
        String changed = id.substring(0, position) + replacement + id.substring(position + 1);
        assertFalse(validator.validate("idNumber", changed).isEmpty(), changed);
    }

    @Property(tries = 200)
    void upgradedFifteenDigitNumbersPass(@ForAll("validNumbers") String id) {
        if (!id.startsWith("19", 6)) {
            return;
        }
        String fifteen = id.substring(0, 6) + id.substring(8, 17);
        assertEquals(id, IdentityNumbers.upgradeFifteenDigit(fifteen).orElseThrow());
    }
}
