package org.griddesk.platform.api;

import io.javalin.http.Context;
import java.util.Arrays;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.GridService;
import org.griddesk.platform.service.LoginService;
import org.griddesk.platform.service.Session;

/** Sign-in, sign-out and "who am I" for devices. */
public final class AuthRoutes {
    private final LoginService login;
    private final DeviceTokens tokens;
    private final GridService grids;
    private final JsonBodies bodies;

    public AuthRoutes(LoginService login, DeviceTokens tokens, GridService grids, JsonBodies bodies) {
        this.login = login;
        this.tokens = tokens;
        this.grids = grids;
        this.bodies = bodies;
    }

    public void login(Context ctx) {
        WireObjects.LoginRequest request = bodies.read(ctx, WireObjects.LoginRequest.class);
        require(request.username(), "username");
        require(request.deviceId(), "deviceId");
        if (request.password() == null) {
            throw ApiException.invalidRequest("Field 'password' is required");
        }
        try {
            LoginService.SignedIn signedIn = login.login(request.username(), request.password(),
                    request.deviceId(), ctx.ip());
            Session session = signedIn.session();
            ctx.json(new WireObjects.LoginResponse(signedIn.token(), session.role().wireName(), session.grids(),
                    grids.names(session.grids())));
        } finally {
            Arrays.fill(request.password(), '\0');
        }
    }

    public void logout(Context ctx) {
        String token = BearerToken.from(ctx).orElseThrow(ApiException::unauthorized);
        if (!tokens.revoke(token)) {
            throw ApiException.unauthorized();
        }
        ctx.status(204);
    }

    public void me(Context ctx) {
        Session session = BearerToken.from(ctx).flatMap(tokens::authenticate).orElseThrow(ApiException::unauthorized);
        ctx.json(new WireObjects.MeResponse(session.username(), session.role().wireName(), session.grids()));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidRequest("Field '" + field + "' is required");
        }
    }
}
