package org.griddesk.platform.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.griddesk.platform.api.PlatformApi;
import org.griddesk.platform.service.forms.BuiltInTemplates;
import org.griddesk.platform.store.PlatformDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running platform: database, services and HTTP server, started and stopped as one. */
public final class PlatformServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformServer.class);

    private final PlatformDatabase database;
    private final Javalin http;
    private final String host;
    private final List<String> routes;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PlatformServer(PlatformDatabase database, Javalin http, String host, List<String> routes) {
        this.database = database;
        this.http = http;
        this.host = host;
        this.routes = routes;
    }

    public static PlatformServer start(PlatformConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** With the clock the services read (deadlines, token times): tests pass one they control. */
    public static PlatformServer start(PlatformConfig config, Clock clock) {
        PlatformDatabase database = PlatformDatabase.openForService(config.database());
        try {
            PlatformServices services = new PlatformServices(config.county(), database.dataSource(), clock,
                    config.blobFolder(), config.maxBlobBytes(), config.releasesFolder());
            if (config.builtInTemplates()) {
                BuiltInTemplates.read().forEach(services.templates()::publish);
            }
            // grids registered before grid records existed reach devices too
            services.grids().publishAll();
            PlatformApi api = new PlatformApi(services.api(), objectMapper(), database::accepting);
            List<String> routes = new CopyOnWriteArrayList<>();
            Javalin http = Javalin.create(javalin -> {
                javalin.events.handlerAdded(added -> {
                    String type = String.valueOf(added.getHttpMethod());
                    if (!type.startsWith("BEFORE") && !type.startsWith("AFTER")) { // filters, not routes
                        routes.add(type + " " + added.getPath());
                    }
                });
                api.configure(javalin);
                javalin.jetty.host = config.host();
                javalin.jetty.port = config.port();
            });
            http.start();
            LOG.info("County platform for county {} ready on {}:{}", config.county(), config.host(), http.port());
            return new PlatformServer(database, http, config.host(), List.copyOf(routes));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public String host() {
        return host;
    }

    public int port() {
        return http.port();
    }

    /** "METHOD /path" of every HTTP route the server registered. */
    public List<String> routes() {
        return routes;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            LOG.info("Stopping the county platform");
            try {
                http.stop();
            } finally {
                database.close();
            }
        }
    }
}
