package org.griddesk.platform.service.review;

import org.griddesk.platform.service.PlatformServiceException;

/** Another reviewer acted on the item first (answered 409 with the item as it is now); nothing was changed. */
public final class ReviewConflictException extends PlatformServiceException {
    private final transient ReviewItem current;

    public ReviewConflictException(ReviewItem current) {
        super("This item was changed by " + (current.updatedBy() == null ? "someone else" : current.updatedBy())
                + " (now " + current.status() + ", version " + current.version() + "); nothing was changed");
        this.current = current;
    }

    public ReviewItem current() {
        return current;
    }
}
