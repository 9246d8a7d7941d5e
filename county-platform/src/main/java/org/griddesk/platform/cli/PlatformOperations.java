package org.griddesk.platform.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.griddesk.platform.service.releases.ReleaseService;

/** What the commands need from the application; implemented where the application is wired. */
public interface PlatformOperations {

    RunningPlatform serve(ServeRequest request);

    AdminSession openAdmin(DatabaseTarget database, String county);

    /** The desktop packages in {@code releases/} of a data folder; files only, no database. */
    default ReleaseService releases(Path dataFolder) {
        return ReleaseService.inFolder(dataFolder.resolve("releases"), Clock.systemUTC());
    }

    interface RunningPlatform extends AutoCloseable {
        String host();

        int port();

        @Override
        void close();
    }

    interface AdminSession extends AutoCloseable {
        AdminServices services();

        @Override
        void close();
    }
}
