package org.griddesk.platform.service;

/** The caller is signed in but may not make this request at all (answered 403 {@code out_of_scope}). */
public final class OutOfScopeException extends PlatformServiceException {
    public OutOfScopeException(String message) {
        super(message);
    }
}
