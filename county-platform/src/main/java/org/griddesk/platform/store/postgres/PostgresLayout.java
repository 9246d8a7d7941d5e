package org.griddesk.platform.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an embedded server keeps things: binaries in a shared cache; data, log and the id of the
 * process that started the server in the service's own folder.
 */
record PostgresLayout(Path folder, Path pgdata, Path logFile, Path ownerFile, PostgresBinaries binaries,
                      UnprivilegedRunner runner) {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresLayout.class);

    static PostgresLayout prepare(Path dataFolder, Path binaryCache) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        PostgresLayout layout = new PostgresLayout(folder, folder.resolve("pgdata"),
                folder.resolve("postgres.log"), folder.resolve("postgres.owner"),
                PostgresBinaries.unpackInto(binaryCache), UnprivilegedRunner.forCurrentUser());
        layout.initialiseIfNew();
        return layout;
    }

    private void initialiseIfNew() {
        if (Files.exists(pgdata.resolve("PG_VERSION"))) {
            return;
        }
        try {
            createSuperuserPassword();
            Files.createDirectories(pgdata);
            Files.setPosixFilePermissions(pgdata, PosixFilePermissions.fromString("rwx------"));
            runner.handOver(pgdata);
            Process initdb = new ProcessBuilder(runner.command(List.of(
                    binaries.executable("initdb").toString(), "-A", "scram-sha-256", "-U", EmbeddedPostgresServer.SUPERUSER,
                    "--pwfile=" + passwordFile(),
                    "-E", "UTF-8", "--locale=C", "-D", pgdata.toString())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            if (initdb.waitFor() != 0) {
                throw new IllegalStateException("initdb failed; see " + logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot initialise PostgreSQL data in " + pgdata, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while initialising PostgreSQL", e);
        }
    }

    /**
     * Other local users can reach 127.0.0.1 too, so the superuser gets a random password, kept
     * readable only by the account that runs the platform.
     */
    private void createSuperuserPassword() throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(folder);
        Path file = passwordFile();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    Path passwordFile() {
        return folder.resolve("postgres.password");
    }

    /** Empty for a folder initialised before passwords were introduced (trust authentication). */
    String superuserPassword() {
        try {
            if (!Files.exists(passwordFile())) {
                return "";
            }
            return Files.readString(passwordFile()).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database password " + passwordFile(), e);
        }
    }

    String lastLogLine() {
        try (var lines = Files.lines(logFile)) {
            return lines.reduce((first, second) -> second).orElse("(empty log)");
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable)";
        }
    }

    void writeOwner(long pid) {
        try {
            Files.writeString(ownerFile, Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + ownerFile, e);
        }
    }

    Optional<Long> owner() {
        try {
            return Optional.of(Long.parseLong(Files.readString(ownerFile).trim()));
        } catch (IOException | NumberFormatException missing) {
            return Optional.empty();
        }
    }

    void clearOwner() {
        try {
            Files.deleteIfExists(ownerFile);
        } catch (IOException e) {
            LOG.warn("Cannot remove {}", ownerFile, e);
        }
    }
}
