package org.griddesk.platform.service.review;

import org.griddesk.platform.service.PlatformServiceException;

/** No such item in the caller's grids (answered 404 {@code not_found}; whether it exists elsewhere is not said). */
public final class ReviewNotFoundException extends PlatformServiceException {
    public ReviewNotFoundException(long id) {
        super("No review item " + id + " in your grids");
    }
}
