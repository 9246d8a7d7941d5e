package org.griddesk.desktop.app.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the README promises a newcomer about demo mode and {@code check} is what the code does. */
class ReadmeDemoTest {

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private static String readme() throws IOException {
        return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }

    @Test
    void theDemoWorkerHoldsEveryGridOfTheDemoVillageAndTheReadmeSaysHowMany() throws IOException {
        List<String> grids = DemoAccounts.standard().gridCodes();
        String text = readme();
        assertTrue(text.contains("holding all " + NUMBER_WORDS.get(grids.size()) + " grids"), "grid count");
        assertTrue(text.contains(grids.get(0) + " to " + grids.get(grids.size() - 1)), "grid range");
        assertFalse(text.contains("a worker of grid " + grids.get(0) + ")"), "the old one-grid sentence");
    }

    @Test
    void theReadmeSaysTheDemoFolderIsReused() throws IOException {
        String text = readme();
        assertFalse(text.contains("a fresh demo data folder"));
        assertTrue(text.contains("later starts reuse it"));
    }

    @Test
    void theReadmeShowsCheckWithItsGridOption() throws IOException {
        assertTrue(readme().contains("griddesk.jar check [--grid CODE] FILE"));
    }
}
