package org.griddesk.platform.cli;

import java.nio.file.Path;
import java.util.Optional;

/** The database chosen on the command line: the embedded one in a folder, or a PostgreSQL URL. */
public record DatabaseTarget(Path dataFolder, Optional<String> jdbcUrl, Optional<String> user,
                             Optional<String> password) {

    /** For the start-up lines: never the password, and no URL parameters (they may hold one). */
    public String description() {
        if (jdbcUrl.isEmpty()) {
            return "embedded PostgreSQL in " + dataFolder.toAbsolutePath().normalize();
        }
        String url = jdbcUrl.get();
        int parameters = url.indexOf('?');
        String shown = parameters < 0 ? url : url.substring(0, parameters);
        return "external PostgreSQL " + shown + user.map(name -> " as " + name).orElse("");
    }
}
