package org.griddesk.platform.api;

import java.io.IOException;

/**
 * Thrown from inside the body stream when a request passes the size limit. An IOException, so that the JSON
 * parser hands it on unchanged instead of calling the cut-off body "not valid JSON".
 */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limit) {
        super("Request body is larger than " + limit + " bytes");
    }
}
