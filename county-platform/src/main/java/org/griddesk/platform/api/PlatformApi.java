package org.griddesk.platform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every HTTP route of the platform, registered on a Javalin configuration. */
public final class PlatformApi {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.griddesk.platform.access");

    private final ApiServices services;
    private final ObjectMapper mapper;
    private final BooleanSupplier databaseAccepting;

    public PlatformApi(ApiServices services, ObjectMapper mapper) {
        this(services, mapper, () -> true);
    }

    /** {@code databaseAccepting}: false while the database is known to be down, so requests need not wait for it. */
    public PlatformApi(ApiServices services, ObjectMapper mapper, BooleanSupplier databaseAccepting) {
        this.services = services;
        this.mapper = mapper;
        this.databaseAccepting = databaseAccepting;
    }

    public void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.http.compressionStrategy = CompressionStrategy.GZIP;
        config.startup.showJavalinBanner = false;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
        config.startup.showOldJavalinVersionWarning = false;
        // Method, path, status and time only: bodies and headers may carry passwords and tokens.
        config.requestLogger.http((ctx, millis) -> ACCESS.info("{} {} {} {}ms", ctx.method(), ctx.path(),
                ctx.statusCode(), Math.round(millis)));
        AuthRoutes auth = new AuthRoutes(services.login(), services.tokens(), services.grids(),
                new JsonBodies(mapper));
        config.routes.before("/api/*", ctx -> {
            if (!databaseAccepting.getAsBoolean()) {
                throw ApiException.unavailable();
            }
        });
        config.routes.get("/health", new HealthRoute(services.databaseUp())::handle);
        config.routes.get("/api/v1/openapi.json", new OpenApiRoute()::handle);
        config.routes.post("/api/v1/auth/login", auth::login);
        config.routes.post("/api/v1/auth/logout", auth::logout);
        config.routes.get("/api/v1/auth/me", auth::me);
        SyncRoutes sync = new SyncRoutes(services.sync(), services.tokens());
        config.routes.post("/api/v1/sync/push", sync::push);
        config.routes.get("/api/v1/sync/changes", sync::changes);
        new ReviewRoutes(services.review(), services.reviewActions(), services.tokens(), new JsonBodies(mapper))
                .register(config.routes);
        BlobRoutes blobs = new BlobRoutes(services.blobs(), services.tokens());
        config.routes.head("/api/v1/blobs/{sha256}", blobs::head);
        config.routes.put("/api/v1/blobs/{sha256}", blobs::put);
        config.routes.get("/api/v1/blobs/{sha256}", blobs::get);
        ReleaseRoutes releases = new ReleaseRoutes(services.releases());
        config.routes.get("/api/v1/releases/latest", releases::latest);
        config.routes.get("/api/v1/releases/{file}", releases::download);
        ErrorMapping.register(config.routes);
        BlobErrors.register(config.routes);
    }
}
