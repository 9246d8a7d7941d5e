package org.griddesk.platform.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.platform.cli.PlatformCommandLine;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command of county-platform.jar, as the real launcher wires them, answers --help with its usage and
 * exit 0, without starting a database. New subcommands are found by walking the tree, not listed here.
 */
class CommandHelpTest {

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        List<List<String>> paths = new ArrayList<>();
        collect(freshCommandLine(new StringWriter(), new StringWriter()), new ArrayList<>(), paths);
        List<String> names = paths.stream().map(path -> String.join(" ", path)).toList();
        assertTrue(names.containsAll(List.of("", "serve", "user", "user add", "grid", "grid import")), names.toString());

        for (List<String> path : paths) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(path);
            args.add("--help");

            int code = freshCommandLine(out, err).execute(args.toArray(String[]::new));

            String shown = String.join(" ", path);
            assertEquals(0, code, shown + " --help: " + err);
            String usage = ("Usage: county-platform " + shown).strip();
            assertTrue(out.toString().startsWith(usage), shown + " --help printed: " + out);
            assertEquals("", err.toString(), shown + " --help");
        }
    }

    @Test
    void versionNamesThePlatform() {
        StringWriter out = new StringWriter();
        assertEquals(0, freshCommandLine(out, new StringWriter()).execute("serve", "--version"));
        assertTrue(out.toString().startsWith("GridDesk county platform "), out.toString());
    }

    private static CommandLine freshCommandLine(StringWriter out, StringWriter err) {
        return PlatformCommandLine.create(new PlatformLauncher(), new PrintWriter(out, true), new PrintWriter(err, true));
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
