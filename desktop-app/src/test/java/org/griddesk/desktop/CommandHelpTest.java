package org.griddesk.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command of griddesk.jar, with the production wiring of {@link Main}, answers --help with its usage and
 * exit 0, opening no store and no window. New subcommands are found by walking the tree, not listed here.
 */
class CommandHelpTest {

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(Main.commandLine(), new ArrayList<>(), paths);
        List<String> names = paths.stream().map(path -> String.join(" ", path)).toList();
        assertTrue(names.containsAll(List.of("", "layers", "check", "import", "export", "sync")), names.toString());

        for (List<String> path : paths) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(path);
            args.add("--help");

            int code = withWriters(out, err).execute(args.toArray(String[]::new));

            String shown = String.join(" ", path);
            assertEquals(0, code, shown + " --help: " + err);
            String usage = ("Usage: griddesk " + shown).strip();
            assertTrue(out.toString().startsWith(usage), shown + " --help printed: " + out);
            assertEquals("", err.toString(), shown + " --help");
        }
    }

    @Test
    void versionNamesTheApp() {
        StringWriter out = new StringWriter();
        assertEquals(0, withWriters(out, new StringWriter()).execute("sync", "--version"));
        assertTrue(out.toString().startsWith("GridDesk "), out.toString());
    }

    private static CommandLine withWriters(StringWriter out, StringWriter err) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        paths.add(List.copyOf(path));
        for (var sub : command.getSubcommands().entrySet()) {
            if (!sub.getKey().equals(sub.getValue().getCommandName())) {
                continue; // an alias: the command is visited under its name
            }
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub.getKey());
            collect(sub.getValue(), deeper, paths);
        }
    }
}
