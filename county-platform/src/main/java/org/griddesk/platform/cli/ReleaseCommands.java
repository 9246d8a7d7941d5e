package org.griddesk.platform.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.griddesk.platform.service.releases.Release;
import org.griddesk.platform.service.releases.ReleaseService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code release publish} and {@code release list}: the desktop packages devices update from. */
final class ReleaseCommands {
    private ReleaseCommands() {
    }

    @Command(name = "release", description = "Desktop packages the platform hands out as updates "
            + "(GET /api/v1/releases/latest).")
    static final class Group extends MissingSubcommand {
    }

    /** The data folder whose releases/ holds the packages. */
    static final class DataOption {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "platform-data",
                description = "The platform's data folder; packages go to its releases/ (default: ${DEFAULT-VALUE})")
        Path dataFolder;
    }

    @Command(name = "publish", description = "Publish a desktop package (e.g. griddesk_0.2.0_amd64.deb): copied to "
            + "DATA/releases with its SHA-256; devices offer it when it is newer than theirs. The same file again "
            + "changes nothing.")
    static final class Publish implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--file", required = true, paramLabel = "FILE", description = "The package (.deb, .rpm, .msi, .dmg)")
        Path file;

        @Option(names = "--release-version", paramLabel = "V",
                description = "Its version (default: read from the name, griddesk_0.2.0_amd64.deb is 0.2.0)")
        String version;

        @Option(names = "--os", paramLabel = "OS", description = "linux, windows or macos (default: from the extension)")
        String os;

        @Option(names = "--arch", paramLabel = "ARCH", description = "amd64, arm64 or loong64 (default: from the name, else amd64)")
        String arch;

        @picocli.CommandLine.Mixin
        DataOption data;

        Publish(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            ReleaseService.Published published = operations.releases(data.dataFolder).publish(file,
                    Optional.ofNullable(version), Optional.ofNullable(os), Optional.ofNullable(arch));
            out.println((published.created() ? "Published " : "Already published ") + describe(published.release()));
            return 0;
        }
    }

    @Command(name = "list", description = "List the published desktop packages, newest first.")
    static final class ListReleases implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @picocli.CommandLine.Mixin
        DataOption data;

        ListReleases(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            List<Release> releases = operations.releases(data.dataFolder).list();
            releases.forEach(release -> out.println(describe(release)));
            if (releases.isEmpty()) {
                out.println("No packages published");
            }
            return 0;
        }
    }

    static String describe(Release release) {
        return release.file() + " (version " + release.version() + ", " + release.os() + "/" + release.arch() + ", "
                + release.size() + " bytes, sha256 " + release.sha256() + ")";
    }
}
