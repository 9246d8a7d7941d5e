package org.griddesk.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.griddesk.sync.testing.CommandHelp;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command of griddesk.jar, with the production wiring of {@link Main}, answers --help with its usage and
 * exit 0, opening no store and no window. New subcommands are found by walking the tree, not listed here.
 */
class CommandHelpTest {

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        List<String> names = CommandHelp.assertEveryCommandAnswersHelp("griddesk", CommandHelpTest::withWriters);
        assertTrue(names.containsAll(List.of("", "layers", "check", "import", "export", "sync")), names.toString());
    }

    @Test
    void versionNamesTheApp() {
        StringWriter out = new StringWriter();
        assertEquals(0, withWriters(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
                .execute("sync", "--version"));
        assertTrue(out.toString().startsWith("GridDesk "), out.toString());
    }

    private static CommandLine withWriters(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine;
    }
}
