package org.griddesk.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads JSON request bodies, gzip-compressed or not. Parse errors are answered without quoting the
 * body, which may hold a password.
 */
public final class JsonBodies {
    static final long MAX_BODY_BYTES = 1_000_000;
    /** Deep enough for any protocol body (an application's answers nest up to 16); bounded before any recursion. */
    static final int MAX_NESTING_DEPTH = 1000;

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false)
                // {"a": 1, "a": 2} has no one meaning: refused rather than silently keeping the last
                .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        copy.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength((int) MAX_BODY_BYTES)
                // names too: an endless field name is the screen's to refuse, in its change alone
                .maxNameLength((int) MAX_BODY_BYTES)
                .build());
        this.mapper = copy;
    }

    public <T> T read(Context ctx, Class<T> type) {
        try (InputStream body = decoded(ctx)) {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiException.invalidRequest("Request body must be a JSON object");
            }
            return value;
        } catch (IOException e) {
            if (causedBy(e, BodyTooLargeException.class)) {
                throw new ApiException(413, "too_large", "Request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            if (causedBy(e, StreamConstraintsException.class)) {
                throw ApiException.invalidRequest("Request body is nested too deeply or holds too long a value");
            }
            if (e instanceof JsonProcessingException) {
                throw ApiException.invalidRequest("Request body is not valid JSON for this request");
            }
            throw ApiException.invalidRequest("Request body could not be read");
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static InputStream decoded(Context ctx) throws IOException {
        InputStream raw = ctx.bodyInputStream();
        InputStream limited = new LimitedInputStream(raw, MAX_BODY_BYTES);
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || encoding.isBlank() || "identity".equalsIgnoreCase(encoding.trim())) {
            return limited;
        }
        if ("gzip".equalsIgnoreCase(encoding.trim())) {
            return new LimitedInputStream(new GZIPInputStream(limited), MAX_BODY_BYTES);
        }
        throw new ApiException(415, "unsupported_encoding", "Content-Encoding must be gzip or identity");
    }
}
