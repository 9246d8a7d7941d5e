package org.griddesk.model.code;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bundled history of county codes: small, complete, and exactly what the shared source says. */
class DivisionHistoryTest {

    /** The shared data folder beside the checkout (CI has it; the app never needs it). */
    private static final Path SHARED_SOURCE = Path.of("..", "..", "shared", "data", "gb2260-history.tsv");

    @Test
    void knowsEveryCodeListedSince1980WithItsYearsAndLastName() {
        DivisionHistory history = DivisionHistory.bundled();
        assertEquals(7042, history.size());
        assertEquals(Optional.of(new DivisionHistory.FormerCode("512201", 1980, 1991, "万县市")), history.find("512201"));
        assertEquals(Optional.of(new DivisionHistory.FormerCode("500101", 1997, 2019, "万州区")), history.find("500101"));
        assertEquals(Optional.empty(), history.find("110199"));
        assertEquals(Optional.empty(), history.find("5122"));
        assertEquals(Optional.empty(), history.find(null));
    }

    @Test
    void theBundledFileStaysSmall() throws IOException {
        try (InputStream in = DivisionHistory.class.getResourceAsStream(DivisionHistory.BUNDLED_RESOURCE)) {
            int size = in.readAllBytes().length;
            assertTrue(size < 80 * 1024, "bundled history is " + size + " bytes");
        }
    }

    @Test
    void theBundledFileIsWhatTheConverterMakesOfTheSharedSource() throws IOException {
        Path source = Files.exists(SHARED_SOURCE) ? SHARED_SOURCE : SHARED_SOURCE.subpath(1, SHARED_SOURCE.getNameCount());
        Assumptions.assumeTrue(Files.exists(source), "../shared/data is not beside this checkout");
        byte[] expected = DivisionHistoryConverter.convert(Files.readAllLines(source, StandardCharsets.UTF_8));
        try (InputStream in = DivisionHistory.class.getResourceAsStream(DivisionHistory.BUNDLED_RESOURCE)) {
            assertArrayEquals(expected, in.readAllBytes(),
                    "regenerate gb2260-history.tsv.gz with DivisionHistoryConverter (see divisions/SOURCE-history.md)");
        }
    }
}
