package org.griddesk.platform.service;

/** Deliberately the same for an unknown user, a wrong password and a disabled account. */
public final class UnauthorizedException extends PlatformServiceException {
    public UnauthorizedException() {
        super("Wrong username or password");
    }
}
