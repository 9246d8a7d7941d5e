package org.griddesk.platform.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.griddesk.platform.service.AlreadyExistsException;
import org.griddesk.platform.service.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * The {@code county-platform.jar} command line. Exit codes: 0 done, 2 unusable input (unknown
 * option, bad role or grid code, missing password file), 1 anything that failed despite good input.
 */
public final class PlatformCommandLine {
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private PlatformCommandLine() {
    }

    /** INHERIT gives every subcommand, also those added later, its own --help and --version. */
    @Command(name = "county-platform", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
            versionProvider = PlatformVersion.class,
            description = "GridDesk county platform: sync service and administration.")
    static final class Root extends MissingSubcommand {
    }

    /** Runs with the process's standard streams; the only place that writes to them. */
    public static int runOnConsole(PlatformOperations operations, String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        return create(operations, out, err).execute(args);
    }

    public static CommandLine create(PlatformOperations operations, PrintWriter out, PrintWriter err) {
        CommandLine root = new CommandLine(new Root());
        root.addSubcommand(new CommandLine(new ServeCommand(operations, out)));
        root.addSubcommand(new CommandLine(new UserCommands.Group())
                .addSubcommand(new CommandLine(new UserCommands.Add(operations, out)))
                .addSubcommand(new CommandLine(new UserCommands.Grids(operations, out)))
                .addSubcommand(new CommandLine(new UserCommands.RevokeTokens(operations, out))));
        root.addSubcommand(new CommandLine(new GridCommands.Group())
                .addSubcommand(new CommandLine(new GridCommands.Add(operations, out)))
                .addSubcommand(new CommandLine(new GridCommands.Import(operations, out))));
        root.addSubcommand(new CommandLine(new TemplateCommands.Group())
                .addSubcommand(new CommandLine(new TemplateCommands.Publish(operations, out)))
                .addSubcommand(new CommandLine(new TemplateCommands.ListTemplates(operations, out)))
                .addSubcommand(new CommandLine(new TemplateCommands.Retire(operations, out))));
        root.addSubcommand(new CommandLine(new ReleaseCommands.Group())
                .addSubcommand(new CommandLine(new ReleaseCommands.Publish(operations, out)))
                .addSubcommand(new CommandLine(new ReleaseCommands.ListReleases(operations, out))));
        root.addSubcommand(new CommandLine(new ReviewCommands.Group())
                .addSubcommand(new CommandLine(new ReviewCommands.Rules(operations, out))));
        root.setOut(out);
        root.setErr(err);
        root.setExitCodeExceptionMapper(PlatformCommandLine::exitCode);
        root.setParameterExceptionHandler((e, args) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            return EXIT_USAGE;
        });
        root.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + oneLine(e));
            return exitCode(e);
        });
        return root;
    }

    private static int exitCode(Throwable e) {
        if (e instanceof BadInputException || e instanceof InvalidInputException) {
            return EXIT_USAGE;
        }
        return EXIT_FAILURE;
    }

    private static String oneLine(Exception e) {
        if (e instanceof BadInputException || e instanceof InvalidInputException
                || e instanceof AlreadyExistsException) {
            return e.getMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
