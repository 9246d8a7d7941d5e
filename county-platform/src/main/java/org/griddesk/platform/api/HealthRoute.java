package org.griddesk.platform.api;

import io.javalin.http.Context;
import java.util.function.BooleanSupplier;

public final class HealthRoute {
    private final BooleanSupplier databaseUp;

    public HealthRoute(BooleanSupplier databaseUp) {
        this.databaseUp = databaseUp;
    }

    public void handle(Context ctx) {
        if (databaseUp.getAsBoolean()) {
            ctx.json(new WireObjects.HealthResponse("ok", "up"));
        } else {
            ctx.status(503).json(new WireObjects.HealthResponse("degraded", "down"));
        }
    }
}
