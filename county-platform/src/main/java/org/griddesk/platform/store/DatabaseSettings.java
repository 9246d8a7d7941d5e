package org.griddesk.platform.store;

import java.nio.file.Path;
import java.util.Optional;
import org.griddesk.platform.store.postgres.PostgresBinaries;

/**
 * Where the platform keeps its data: an external PostgreSQL when {@code jdbcUrl} is given, otherwise
 * the embedded server in {@code dataFolder}. User and password may also be part of the URL.
 */
public record DatabaseSettings(Path dataFolder, Optional<String> jdbcUrl, Optional<String> user,
                               Optional<String> password, Path binaryCache) {

    public static DatabaseSettings embedded(Path dataFolder) {
        return new DatabaseSettings(dataFolder, Optional.empty(), Optional.empty(), Optional.empty(),
                PostgresBinaries.defaultCacheRoot());
    }

    public boolean usesEmbeddedServer() {
        return jdbcUrl.isEmpty();
    }
}
