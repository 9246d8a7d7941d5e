package org.griddesk.platform.cli;

import org.griddesk.platform.service.PlatformServices;

/** What the commands need from the application; implemented where the application is wired. */
public interface PlatformOperations {

    RunningPlatform serve(ServeRequest request);

    AdminSession openAdmin(DatabaseTarget database, String county);

    interface RunningPlatform extends AutoCloseable {
        String host();

        int port();

        @Override
        void close();
    }

    interface AdminSession extends AutoCloseable {
        PlatformServices services();

        @Override
        void close();
    }
}
