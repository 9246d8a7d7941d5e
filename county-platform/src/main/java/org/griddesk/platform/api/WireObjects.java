package org.griddesk.platform.api;

import java.util.List;
import org.griddesk.platform.service.sync.ReviewItem;

/** Request and response bodies of the auth and health routes; field names are part of the protocol. */
public final class WireObjects {
    private WireObjects() {
    }

    public record LoginRequest(String username, char[] password, String deviceId) {
    }

    public record LoginResponse(String token, String role, List<String> grids) {
    }

    public record MeResponse(String username, String role, List<String> grids) {
    }

    public record HealthResponse(String status, String database) {
    }

    public record ReviewItems(List<ReviewItem> items) {
    }
}
