package org.griddesk.platform.api;

import io.javalin.config.RoutesConfig;
import org.griddesk.platform.service.blobs.BlobTooLargeException;
import org.griddesk.platform.service.blobs.HashMismatchException;
import org.griddesk.platform.service.blobs.UploadOffsetException;
import org.griddesk.sync.wire.ErrorCodes;

/** The refusals of blob uploads, each with the header a device needs to act on it. */
final class BlobErrors {
    static final String HASH_MISMATCH = "hash_mismatch";
    static final String UPLOAD_OFFSET = "upload_offset";

    private BlobErrors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(BlobTooLargeException.class, (e, ctx) -> {
            ctx.header(BlobRoutes.LIMIT_HEADER, Long.toString(e.limit()));
            ctx.status(413).json(ApiError.of(ErrorCodes.TOO_LARGE, e.getMessage()));
        });
        routes.exception(UploadOffsetException.class, (e, ctx) -> {
            ctx.header(BlobRoutes.HELD_HEADER, Long.toString(e.held()));
            ctx.status(409).json(ApiError.of(UPLOAD_OFFSET, e.getMessage()));
        });
        routes.exception(HashMismatchException.class, (e, ctx) ->
                ctx.status(400).json(ApiError.of(HASH_MISMATCH, e.getMessage())));
    }
}
