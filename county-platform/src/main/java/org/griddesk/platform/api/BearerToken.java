package org.griddesk.platform.api;

import io.javalin.http.Context;
import java.util.Optional;

final class BearerToken {
    private static final String PREFIX = "Bearer ";

    private BearerToken() {
    }

    static Optional<String> from(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String token = header.substring(PREFIX.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
