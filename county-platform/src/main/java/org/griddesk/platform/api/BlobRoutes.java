package org.griddesk.platform.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.griddesk.platform.service.SignedInDevice;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.blobs.BlobService;
import org.griddesk.platform.service.blobs.BlobState;
import org.griddesk.platform.service.blobs.ChunkRange;

/**
 * {@code HEAD|PUT|GET /api/v1/blobs/{sha256}}. HEAD answers 200 with the size as Content-Length once every byte is
 * held, else 404; both carry {@code Upload-Offset} (the bytes held, where an upload resumes). PUT takes one chunk,
 * {@code Content-Range: bytes FIRST-LAST/TOTAL} (without it, the body is the whole blob). GET serves one byte range
 * ({@code Range}, 206) to a worker or supervisor in scope of a record referencing the blob, 404 to everyone else.
 */
public final class BlobRoutes {
    /** The bytes of a blob the platform holds, complete or not: where a device resumes its upload. */
    public static final String HELD_HEADER = "Upload-Offset";
    static final String LIMIT_HEADER = "X-Blob-Size-Limit";
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})");

    private final BlobService blobs;
    private final DeviceTokens tokens;

    public BlobRoutes(BlobService blobs, DeviceTokens tokens) {
        this.blobs = blobs;
        this.tokens = tokens;
    }

    public void head(Context ctx) {
        device(ctx);
        BlobState state = blobs.state(ctx.pathParam("sha256"));
        ctx.header(HELD_HEADER, Long.toString(state.held()));
        ctx.header(LIMIT_HEADER, Long.toString(blobs.maxBytes()));
        if (state.complete()) {
            ctx.status(200).header("Content-Length", Long.toString(state.held()));
        } else {
            ctx.status(404);
        }
    }

    public void put(Context ctx) {
        device(ctx);
        String sha256 = ctx.pathParam("sha256");
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.trim())) {
            throw new ApiException(415, "unsupported_encoding", "Blob chunks are sent as they are, not encoded");
        }
        ChunkRange range = range(ctx);
        BlobState state;
        try (InputStream body = ctx.req().getInputStream()) {
            state = blobs.upload(sha256, range, body);
        } catch (IOException e) {
            throw ApiException.invalidRequest("The chunk could not be read");
        }
        ctx.header(HELD_HEADER, Long.toString(state.held()));
        ctx.status(state.createdNow() ? 201 : 200).json(Map.of("sha256", sha256, "held", state.held(),
                "complete", state.complete()));
    }

    public void get(Context ctx) throws IOException {
        SignedInDevice device = device(ctx);
        String sha256 = ctx.pathParam("sha256");
        Optional<FileChannel> opened = blobs.openForReading(device.session(), sha256);
        if (opened.isEmpty()) {
            throw new ApiException(404, "not_found", "No such blob for this account");
        }
        try (FileChannel file = opened.get()) {
            RangedDownload.send(ctx, file, sha256, "application/octet-stream");
        }
    }

    private ChunkRange range(Context ctx) {
        String header = ctx.header("Content-Range");
        long length = ctx.req().getContentLengthLong();
        if (header == null) {
            if (length < 0) {
                throw new ApiException(411, "length_required", "A blob chunk needs Content-Length or Content-Range");
            }
            return new ChunkRange(0, length - 1, length);
        }
        Matcher m = CONTENT_RANGE.matcher(header.trim());
        if (!m.matches()) {
            throw ApiException.invalidRequest("Content-Range must be bytes FIRST-LAST/TOTAL");
        }
        ChunkRange range = new ChunkRange(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3)));
        if (length >= 0 && length != range.length()) {
            throw ApiException.invalidRequest("Content-Length must equal the length of Content-Range");
        }
        return range;
    }

    private SignedInDevice device(Context ctx) {
        return BearerToken.from(ctx).flatMap(tokens::authenticateDevice).orElseThrow(ApiException::unauthorized);
    }
}
