package org.griddesk.platform.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.griddesk.platform.service.SignedInDevice;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.sync.CountySyncService;
import org.griddesk.sync.wire.PushRequest;
import org.griddesk.sync.wire.WireMapper;

/** {@code POST /api/v1/sync/push} and {@code GET /api/v1/sync/changes}, in wire format v1. */
public final class SyncRoutes {
    private final CountySyncService sync;
    private final DeviceTokens tokens;
    private final ObjectMapper wire = WireMapper.create();
    private final JsonBodies bodies = new JsonBodies(wire);

    public SyncRoutes(CountySyncService sync, DeviceTokens tokens) {
        this.sync = sync;
        this.tokens = tokens;
    }

    public void push(Context ctx) {
        SignedInDevice device = device(ctx);
        PushRequest request = bodies.read(ctx, PushRequest.class);
        answer(ctx, sync.push(device, request));
    }

    public void changes(Context ctx) {
        SignedInDevice device = device(ctx);
        long after = number(ctx, "after", 0);
        long limit = number(ctx, "limit", CountySyncService.DEFAULT_PAGE);
        if (limit < 1 || limit > CountySyncService.MAX_PAGE) {
            throw ApiException.invalidRequest("limit must be between 1 and " + CountySyncService.MAX_PAGE);
        }
        answer(ctx, sync.pull(device, after, (int) limit));
    }

    private SignedInDevice device(Context ctx) {
        return BearerToken.from(ctx).flatMap(tokens::authenticateDevice).orElseThrow(ApiException::unauthorized);
    }

    /** Written with the wire mapper, which keeps nulls: a field set to null is a real value. */
    private void answer(Context ctx, Object body) {
        try {
            ctx.contentType("application/json").result(wire.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a sync answer", e);
        }
    }

    private static long number(Context ctx, String name, long fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidRequest("Query parameter '" + name + "' must be a whole number");
        }
    }
}
