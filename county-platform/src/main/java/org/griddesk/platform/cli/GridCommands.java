package org.griddesk.platform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.griddesk.platform.service.AdministrativeCodes;
import org.griddesk.platform.service.GridImport;
import org.griddesk.platform.service.GridService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code grid add} and {@code grid import}. */
final class GridCommands {
    private GridCommands() {
    }

    @Command(name = "grid", description = "Manage grids.")
    static final class Group extends MissingSubcommand {
    }

    @Command(name = "add", description = "Register a grid, optionally with its boundary as GeoJSON.")
    static final class Add implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--code", required = true, description = "12-digit grid code")
        String code;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--boundary", paramLabel = "FILE", description = "GeoJSON file with the grid boundary")
        Path boundary;

        @Mixin
        DatabaseOptions database;

        Add(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            String county = AdministrativeCodes.countyOf(code);
            Optional<String> geoJson = Optional.ofNullable(boundary).map(Add::readBoundary);
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), county)) {
                session.services().grids().add(code, name, geoJson);
                out.println("Added grid " + code + " (" + name.strip() + ")");
                return 0;
            }
        }

        private static String readBoundary(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("Boundary file " + file + " cannot be read");
            }
        }
    }

    @Command(name = "import", description = "Register every grid of a GeoJSON FeatureCollection "
            + "(properties code and name, the geometry as boundary); grids already registered are kept as they are.")
    static final class Import implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "GeoJSON FeatureCollection")
        Path file;

        @Mixin
        DatabaseOptions database;

        Import(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            String text = read(file);
            String county = GridService.countyOfCollection(text);
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), county)) {
                GridImport result = session.services().grids().importCollection(text);
                out.println("Imported " + result.added() + " grids (" + result.alreadyPresent() + " already registered)");
                return 0;
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("Grid file " + file + " cannot be read");
            }
        }
    }
}
