package org.griddesk.platform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What serve prints at start about its database: where it is, never a password. */
class DatabaseTargetTest {

    @Test
    void embeddedDatabaseNamesItsFolder() {
        DatabaseTarget target = new DatabaseTarget(Path.of("platform-data"), Optional.empty(), Optional.empty(),
                Optional.empty());

        assertEquals("embedded PostgreSQL in " + Path.of("platform-data").toAbsolutePath().normalize(),
                target.description());
    }

    @Test
    void externalDatabaseShowsUrlAndUserButNoPassword() {
        DatabaseTarget target = new DatabaseTarget(Path.of("platform-data"),
                Optional.of("jdbc:postgresql://db.county:5432/griddesk?user=x&password=hunter2&sslmode=require"),
                Optional.of("griddesk"), Optional.of("file-secret"));

        assertEquals("external PostgreSQL jdbc:postgresql://db.county:5432/griddesk as griddesk", target.description());
    }
}
