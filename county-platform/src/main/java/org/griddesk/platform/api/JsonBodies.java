package org.griddesk.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
    private static final long MAX_BODY_BYTES = 1_000_000;

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION, false);
    }

    public <T> T read(Context ctx, Class<T> type) {
        try (InputStream body = decoded(ctx)) {
            T value = mapper.readValue(body, type);
            if (value == null) {
                throw ApiException.invalidRequest("Request body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiException.invalidRequest("Request body is not valid JSON for this request");
        } catch (IOException e) {
            throw ApiException.invalidRequest("Request body could not be read");
        }
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
