package org.griddesk.platform.api;

import io.javalin.http.Context;
import java.util.Optional;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.Session;
import org.griddesk.platform.service.sync.ReviewQueue;

/** {@code GET /api/v1/review/items}: the review queue for supervisors and administrators (read-only). */
public final class ReviewRoutes {
    private final ReviewQueue queue;
    private final DeviceTokens tokens;

    public ReviewRoutes(ReviewQueue queue, DeviceTokens tokens) {
        this.queue = queue;
        this.tokens = tokens;
    }

    public void items(Context ctx) {
        Session session = BearerToken.from(ctx).flatMap(tokens::authenticate).orElseThrow(ApiException::unauthorized);
        String status = Optional.ofNullable(ctx.queryParam("status")).orElse("open");
        Optional<String> kind = Optional.ofNullable(ctx.queryParam("kind")).filter(k -> !k.isBlank());
        ctx.json(new WireObjects.ReviewItems(queue.list(session, status, kind)));
    }
}
