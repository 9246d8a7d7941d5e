package org.griddesk.platform.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;

/** Sends a file whole (200) or the one byte range a {@code Range} header asks for (206), so downloads resume. */
final class RangedDownload {
    private static final int BUFFER = 64 * 1024;

    private RangedDownload() {
    }

    static void send(Context ctx, FileChannel file, String etag, String contentType) throws IOException {
        long size = file.size();
        ByteRange range = new ByteRange(0, size - 1);
        ctx.disableCompression(); // byte offsets must be those of the file itself
        ctx.header("Accept-Ranges", "bytes").header("ETag", "\"" + etag + "\"").contentType(contentType);
        String asked = ctx.header("Range");
        if (asked != null) {
            Optional<ByteRange> satisfiable;
            try {
                satisfiable = ByteRange.parse(asked, size);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalidRequest(e.getMessage());
            }
            if (satisfiable.isEmpty()) {
                ctx.header("Content-Range", "bytes */" + size);
                throw new ApiException(416, "range_not_satisfiable", "The file has " + size + " bytes");
            }
            range = satisfiable.get();
            ctx.status(206).header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + size);
        }
        ctx.res().setContentLengthLong(Math.max(0, range.length()));
        copy(file, range, ctx.res().getOutputStream());
    }

    private static void copy(FileChannel file, ByteRange range, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        long position = range.first();
        long end = range.last() + 1;
        while (position < end) {
            buffer.clear().limit((int) Math.min(BUFFER, end - position));
            int n = file.read(buffer, position);
            if (n < 0) {
                break;
            }
            out.write(buffer.array(), 0, n);
            position += n;
        }
        out.flush();
    }
}
