package org.griddesk.platform.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options every command uses to find the database. */
public final class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "platform-data",
            description = "Folder of the embedded PostgreSQL (default: ${DEFAULT-VALUE})")
    Path dataFolder;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of an external PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/griddesk")
    String jdbcUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "User for --db-url")
    String user;

    @Option(names = "--db-password-file", paramLabel = "FILE", description = "File holding the password for --db-url")
    Path passwordFile;

    DatabaseTarget target() {
        if (jdbcUrl == null && (user != null || passwordFile != null)) {
            throw new BadInputException("--db-user and --db-password-file need --db-url");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new BadInputException("--db-url must be a jdbc:postgresql: URL");
        }
        Optional<String> password = Optional.ofNullable(passwordFile)
                .map(file -> new String(SecretFile.read(file, "Database password")));
        return new DatabaseTarget(dataFolder, Optional.ofNullable(jdbcUrl), Optional.ofNullable(user), password);
    }
}
