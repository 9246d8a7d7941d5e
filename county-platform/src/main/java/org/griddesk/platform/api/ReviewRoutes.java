package org.griddesk.platform.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.function.Supplier;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.Session;
import org.griddesk.platform.service.review.ReviewActions;
import org.griddesk.platform.service.review.ReviewConflictException;
import org.griddesk.platform.service.review.ReviewFilter;
import org.griddesk.platform.service.review.ReviewItem;
import org.griddesk.platform.service.review.ReviewNotFoundException;
import org.griddesk.platform.service.review.ReviewQueue;
import org.griddesk.platform.service.review.ReviewRequests;

/**
 * The review API under {@code /api/v1/review/}: the queue, one item, and the actions on items. Supervisors act on
 * the items of their grids, administrators on the county's, workers on none (403). An action on an item another
 * reviewer changed first is answered 409 {@code review_conflict} with the item as it is now.
 */
public final class ReviewRoutes {
    private static final String ITEM = "/api/v1/review/items/{id}";

    private final ReviewQueue queue;
    private final ReviewActions actions;
    private final DeviceTokens tokens;
    private final JsonBodies bodies;

    public ReviewRoutes(ReviewQueue queue, ReviewActions actions, DeviceTokens tokens, JsonBodies bodies) {
        this.queue = queue;
        this.actions = actions;
        this.tokens = tokens;
        this.bodies = bodies;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/v1/review/items", this::items);
        routes.get(ITEM, ctx -> ctx.json(queue.get(session(ctx), id(ctx))));
        routes.post(ITEM + "/resolve", ctx -> act(ctx, () -> actions.resolve(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Resolve.class))));
        routes.post(ITEM + "/approve", ctx -> act(ctx, () -> actions.approve(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Comment.class))));
        routes.post(ITEM + "/return", ctx -> act(ctx, () -> actions.returnItem(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Comment.class))));
        routes.post(ITEM + "/merge", ctx -> act(ctx, () -> actions.merge(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Merge.class))));
        routes.post(ITEM + "/decide", ctx -> act(ctx, () -> actions.decide(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Decide.class))));
        routes.post(ITEM + "/dispatch", ctx -> act(ctx, () -> actions.dispatch(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Dispatch.class))));
        routes.post(ITEM + "/callback", ctx -> act(ctx, () -> actions.callback(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Callback.class))));
        routes.post(ITEM + "/rectify", ctx -> act(ctx, () -> actions.rectify(session(ctx), id(ctx),
                bodies.read(ctx, ReviewRequests.Rectify.class))));
        routes.post("/api/v1/review/batch", ctx -> ctx.json(actions.batch(session(ctx),
                bodies.read(ctx, ReviewRequests.Batch.class))));
        routes.exception(ReviewNotFoundException.class, (e, ctx) ->
                ctx.status(404).json(ApiError.of("not_found", e.getMessage())));
    }

    private void items(Context ctx) {
        Session session = session(ctx);
        ctx.json(queue.list(session, new ReviewFilter(ctx.queryParam("status"), ctx.queryParam("kind"),
                ctx.queryParam("grid"), ctx.queryParam("worker"), number(ctx, "olderThanDays"),
                flag(ctx, "overdue"), ctx.queryParam("cursor"), number(ctx, "limit"))));
    }

    private static void act(Context ctx, Supplier<ReviewItem> action) {
        try {
            ctx.json(action.get());
        } catch (ReviewConflictException e) {
            ctx.status(409).json(new Conflict(new ApiError.Detail("review_conflict", e.getMessage()), e.current()));
        }
    }

    private Session session(Context ctx) {
        return BearerToken.from(ctx).flatMap(tokens::authenticate).orElseThrow(ApiException::unauthorized);
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.invalidRequest("The item id must be a whole number");
        }
    }

    private static Integer number(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidRequest("Query parameter '" + name + "' must be a whole number");
        }
    }

    private static Boolean flag(Context ctx, String name) {
        String text = ctx.queryParam(name);
        return text == null || text.isBlank() ? null : Boolean.valueOf("true".equalsIgnoreCase(text.trim()));
    }

    /** The 409 answer: the error, and the item as the other reviewer left it. */
    public record Conflict(ApiError.Detail error, ReviewItem item) {
    }
}
