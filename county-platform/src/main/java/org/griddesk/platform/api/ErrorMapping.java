package org.griddesk.platform.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.griddesk.platform.service.AlreadyExistsException;
import org.griddesk.platform.service.BadRequestException;
import org.griddesk.platform.service.InvalidInputException;
import org.griddesk.platform.service.OutOfScopeException;
import org.griddesk.platform.service.TooManyAttemptsException;
import org.griddesk.platform.service.UnauthorizedException;
import org.griddesk.sync.server.BatchIdReusedException;
import org.griddesk.sync.server.UnsupportedSchemaException;
import org.griddesk.sync.wire.ErrorCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns refusals into {@code {"error": {"code", "message"}}} answers with a fitting status. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    /** Shown to the grid worker as is; the device keeps every pending change until it is updated. */
    static final String SCHEMA_TOO_OLD = "GridDesk 版本过旧，平台已不再接受此版本的同步数据。请先更新 GridDesk，"
            + "再重新同步；本机数据均已保留，平台未做任何更改。 (GridDesk is too old for this platform: "
            + "please update it and sync again; nothing was changed and your data is kept.)";

    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            if (e.status() == 503) {
                ctx.header("Retry-After", Integer.toString(ApiException.RETRY_AFTER_SECONDS));
            }
            answer(ctx, e.status(), e.code(), e.getMessage());
        });
        routes.exception(InvalidInputException.class, (e, ctx) -> answer(ctx, 400, "invalid_field", e.getMessage()));
        routes.exception(AlreadyExistsException.class, (e, ctx) -> answer(ctx, 409, "already_exists", e.getMessage()));
        routes.exception(BadRequestException.class, (e, ctx) -> answer(ctx, 400, "invalid_request", e.getMessage()));
        routes.exception(OutOfScopeException.class, (e, ctx) -> answer(ctx, 403, "out_of_scope", e.getMessage()));
        routes.exception(UnsupportedSchemaException.class, (e, ctx) -> answer(ctx, 426, "schema_too_old",
                SCHEMA_TOO_OLD));
        routes.exception(BatchIdReusedException.class, (e, ctx) -> answer(ctx, 409, ErrorCodes.BATCH_ID_REUSED,
                e.getMessage()));
        routes.exception(UnauthorizedException.class, (e, ctx) -> answer(ctx, 401, "unauthorized", e.getMessage()));
        routes.exception(TooManyAttemptsException.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, e.retryAfter().toSeconds())));
            answer(ctx, 429, "too_many_attempts", e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (DatabaseOutage.causedBy(e)) {
                LOG.warn("Database unreachable on {} {}: {}", ctx.method(), ctx.path(), DatabaseOutage.describe(e));
                ApiException unavailable = ApiException.unavailable();
                ctx.header("Retry-After", Integer.toString(ApiException.RETRY_AFTER_SECONDS));
                answer(ctx, unavailable.status(), unavailable.code(), unavailable.getMessage());
                return;
            }
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal_error", "The platform could not handle this request");
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, e.getStatus(),
                codeFor(e.getStatus()), e.getMessage()));
    }

    /** Javalin's own refusals (unknown route, oversized body, …) in the platform's error vocabulary. */
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "invalid_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413, 414, 431 -> "too_large";
            default -> "http_" + status;
        };
    }

    private static void answer(Context ctx, int status, String code, String message) {
        ctx.status(status).json(ApiError.of(code, message));
    }
}
