package org.griddesk.sync.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import picocli.CommandLine;

/**
 * The check both applications run on their command line (picocli): every command, found by walking the tree rather
 * than listed, answers {@code --help} with its usage and exit 0 and writes nothing to the error stream. It lives in
 * this library's test jar because both applications already test against it, and neither may import the other.
 */
public final class CommandHelp {

    private CommandHelp() {
    }

    /**
     * Runs {@code <path> --help} for every command of the tree, each on a fresh command line from {@code fresh}
     * (given the out and err writers), and returns the commands' names ("" for the root, "user add" for a subcommand).
     *
     * @param program the name the usage line starts with: {@code Usage: <program> <path>}
     */
    public static List<String> assertEveryCommandAnswersHelp(String program,
                                                             BiFunction<PrintWriter, PrintWriter, CommandLine> fresh) {
        List<List<String>> paths = new ArrayList<>();
        collect(fresh.apply(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())),
                new ArrayList<>(), paths);
        for (List<String> path : paths) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            List<String> args = new ArrayList<>(path);
            args.add("--help");

            int code = fresh.apply(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute(args.toArray(String[]::new));

            String shown = String.join(" ", path);
            assertEquals(0, code, shown + " --help: " + err);
            String usage = ("Usage: " + program + " " + shown).strip();
            assertTrue(out.toString().startsWith(usage), shown + " --help printed: " + out);
            assertEquals("", err.toString(), shown + " --help");
        }
        return paths.stream().map(path -> String.join(" ", path)).toList();
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
