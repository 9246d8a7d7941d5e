package org.griddesk.platform.cli;

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
        AdminServices services();

        @Override
        void close();
    }
}
