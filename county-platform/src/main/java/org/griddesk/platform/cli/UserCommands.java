package org.griddesk.platform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.griddesk.platform.service.AdministrativeCodes;
import org.griddesk.platform.service.GridAssignment;
import org.griddesk.platform.service.NewAccount;
import org.griddesk.platform.service.Role;
import org.griddesk.platform.service.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code user add}, {@code user grids} and {@code user revoke-tokens}. */
final class UserCommands {
    private UserCommands() {
    }

    @Command(name = "user", description = "Manage accounts.")
    static final class Group extends MissingSubcommand {
    }

    @Command(name = "add", description = "Create an account.")
    static final class Add implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--role", required = true, description = "worker, supervisor or admin")
        String role;

        @Option(names = "--grids", split = ",", paramLabel = "CODES", description = "Comma-separated 12-digit grid codes")
        List<String> grids = List.of();

        @Option(names = "--password-file", required = true, paramLabel = "FILE")
        Path passwordFile;

        @Option(names = "--county", description = "6-digit county code (default: from the grids, else 500101)")
        String county;

        @Mixin
        DatabaseOptions database;

        Add(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        /** Checks everything that needs no database first, so typos fail fast and start nothing. */
        @Override
        public Integer call() {
            Role.parse(role);
            String resolvedCounty = AdministrativeCodes.resolveCounty(Optional.ofNullable(county), grids);
            grids.forEach(grid -> AdministrativeCodes.requireInCounty(resolvedCounty, grid));
            char[] password = SecretFile.read(passwordFile, "Password");
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), resolvedCounty)) {
                Session created = session.services().accounts().add(new NewAccount(username, role, grids, password));
                out.println("Created " + created.role().wireName() + " '" + created.username() + "' in county "
                        + resolvedCounty + " with grids " + created.grids());
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "grids", description = "Set the grids of an account (replaces its current grids).")
    static final class Grids implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--grids", required = true, split = ",", paramLabel = "CODES",
                description = "Comma-separated 12-digit grid codes; \"\" takes every grid away")
        List<String> grids;

        @Option(names = "--county", description = "6-digit county code (default: from the grids, else 500101)")
        String county;

        @Mixin
        DatabaseOptions database;

        Grids(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            List<String> codes = grids.stream().map(String::trim).filter(code -> !code.isEmpty()).toList();
            String resolvedCounty = AdministrativeCodes.resolveCounty(Optional.ofNullable(county), codes);
            codes.forEach(grid -> AdministrativeCodes.requireInCounty(resolvedCounty, grid));
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), resolvedCounty)) {
                GridAssignment assignment = session.services().accounts().setGrids(username, codes);
                Session changed = assignment.account();
                out.println("User '" + changed.username() + "' in county " + resolvedCounty + " now has grids "
                        + changed.grids() + (assignment.taken().isEmpty() ? "" : "; taken: " + assignment.taken()));
                return 0;
            }
        }
    }

    @Command(name = "revoke-tokens", description = "Sign an account out of every device.")
    static final class RevokeTokens implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--county", defaultValue = "500101", description = "6-digit county code (default: ${DEFAULT-VALUE})")
        String county;

        @Mixin
        DatabaseOptions database;

        RevokeTokens(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(),
                    AdministrativeCodes.requireCountyCode(county))) {
                int revoked = session.services().tokens().revokeAll(username);
                out.println("Revoked " + revoked + " device token(s) of '" + username + "'");
                return 0;
            }
        }
    }
}
