package org.griddesk.platform.cli;

import java.nio.file.Path;
import java.util.Optional;

/** The database chosen on the command line: the embedded one in a folder, or a PostgreSQL URL. */
public record DatabaseTarget(Path dataFolder, Optional<String> jdbcUrl, Optional<String> user,
                             Optional<String> password) {
}
