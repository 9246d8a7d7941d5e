package org.griddesk.sync.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Response;
import org.griddesk.sync.wire.ErrorBody;
import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.ErrorDetail;

/** Maps an unsuccessful HTTP status and its error body to the exception the caller can act on. */
final class HttpFailures {

    private HttpFailures() {
    }

    static SyncException of(Response response, ObjectMapper mapper) {
        SyncException failure = of(response.code(), detail(response, mapper));
        Duration retryAfter = retryAfter(response.header("Retry-After"));
        if (failure instanceof ServerUnavailableException busy && retryAfter != null) {
            return new ServerUnavailableException(busy.getMessage(), null, busy.platformCode(), retryAfter);
        }
        return failure;
    }

    /** Retry-After in seconds, the only form the platform sends; a date or anything else is ignored. */
    static Duration retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.strip()));
    }

    /** The platform's {@code {"error": {"code", "message"}}}, or one made from the status for any other body. */
    static ErrorDetail detail(Response response, ObjectMapper mapper) {
        try {
            ErrorBody body = mapper.readValue(response.body().byteStream(), ErrorBody.class);
            if (body != null && body.error() != null && body.error().code() != null) {
                return body.error();
            }
        } catch (IOException | RuntimeException e) {
            // not our error format (a proxy page, an empty body): fall back to the HTTP status
        }
        return new ErrorDetail(response.code() == 401 ? ErrorCodes.UNAUTHORIZED : "http_" + response.code(),
                "HTTP " + response.code());
    }

    static SyncException of(int status, ErrorDetail error) {
        if (status == 429 || status >= 500) {
            return new ServerUnavailableException("HTTP " + status + " (" + error.code() + ")", null, error.code());
        }
        if (status == 401) {
            return new UnauthorizedException(error.message());
        }
        if (status == 403 && ErrorCodes.OUT_OF_SCOPE.equals(error.code())) {
            return new OutOfScopeException(error.message());
        }
        if (status == 426 || (status == 409 && ErrorCodes.SCHEMA_TOO_OLD.equals(error.code()))) {
            return new SchemaTooOldException(error.message());
        }
        return new RequestRejectedException(status, error.code(), error.message());
    }
}
