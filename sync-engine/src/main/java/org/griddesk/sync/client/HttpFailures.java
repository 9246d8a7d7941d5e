package org.griddesk.sync.client;

import org.griddesk.sync.wire.ErrorCodes;
import org.griddesk.sync.wire.ErrorDetail;

/** Maps an unsuccessful HTTP status and its error body to the exception the caller can act on. */
final class HttpFailures {

    private HttpFailures() {
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
