package org.griddesk.platform.api;

import java.util.List;
import java.util.Map;

/** Request and response bodies of the auth and health routes; field names are part of the protocol. */
public final class WireObjects {
    private WireObjects() {
    }

    public record LoginRequest(String username, char[] password, String deviceId) {
    }

    /** {@code gridNames}: an addition to wire v1, the names of those grids that have one, by code. */
    public record LoginResponse(String token, String role, List<String> grids, Map<String, String> gridNames) {
    }

    public record MeResponse(String username, String role, List<String> grids) {
    }

    public record HealthResponse(String status, String database) {
    }
}
