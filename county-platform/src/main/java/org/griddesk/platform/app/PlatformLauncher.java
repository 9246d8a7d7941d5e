package org.griddesk.platform.app;

import java.time.Clock;
import org.griddesk.platform.cli.AdminServices;
import org.griddesk.platform.cli.DatabaseTarget;
import org.griddesk.platform.cli.PlatformOperations;
import org.griddesk.platform.cli.ServeRequest;
import org.griddesk.platform.store.DatabaseSettings;
import org.griddesk.platform.store.PlatformDatabase;
import org.griddesk.platform.store.postgres.PostgresBinaries;

/** Wires the command line to the real database and server. */
public final class PlatformLauncher implements PlatformOperations {

    @Override
    public RunningPlatform serve(ServeRequest request) {
        PlatformServer server = PlatformServer.start(new PlatformConfig(request.host(), request.port(),
                settings(request.database()), request.county(), request.builtInTemplates(), request.maxBlobBytes(),
                request.blobFolder().orElse(null)));
        return new RunningPlatform() {
            @Override
            public String host() {
                return server.host();
            }

            @Override
            public int port() {
                return server.port();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    @Override
    public AdminSession openAdmin(DatabaseTarget target, String county) {
        PlatformDatabase database = PlatformDatabase.openForCommand(settings(target));
        AdminServices services;
        try {
            services = new PlatformServices(county, database.dataSource(), Clock.systemUTC()).admin();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new AdminSession() {
            @Override
            public AdminServices services() {
                return services;
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }

    static DatabaseSettings settings(DatabaseTarget target) {
        return new DatabaseSettings(target.dataFolder(), target.jdbcUrl(), target.user(), target.password(),
                PostgresBinaries.defaultCacheRoot());
    }
}
