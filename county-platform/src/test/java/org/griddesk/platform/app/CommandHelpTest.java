package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.griddesk.sync.testing.CommandHelp;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command of county-platform.jar, as the real launcher wires them, answers --help with its usage and
 * exit 0, without starting a database. New subcommands are found by walking the tree, not listed here.
 */
class CommandHelpTest {

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        List<String> names = CommandHelp.assertEveryCommandAnswersHelp("county-platform",
                CommandHelpTest::freshCommandLine);
        assertTrue(names.containsAll(List.of("", "serve", "user", "user add", "grid", "grid import")),
                names.toString());
    }

    @Test
    void versionNamesThePlatform() {
        StringWriter out = new StringWriter();
        assertEquals(0, freshCommandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("serve", "--version"));
        assertTrue(out.toString().startsWith("GridDesk county platform "), out.toString());
    }

    private static CommandLine freshCommandLine(PrintWriter out, PrintWriter err) {
        return PlatformCommandLine.create(new PlatformLauncher(), out, err);
    }
}
