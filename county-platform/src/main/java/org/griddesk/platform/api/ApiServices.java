package org.griddesk.platform.api;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.griddesk.platform.service.DeviceTokens;
import org.griddesk.platform.service.GridService;
import org.griddesk.platform.service.LoginService;
import org.griddesk.platform.service.blobs.BlobService;
import org.griddesk.platform.service.releases.ReleaseService;
import org.griddesk.platform.service.review.ReviewActions;
import org.griddesk.platform.service.review.ReviewQueue;
import org.griddesk.platform.service.sync.CountySyncService;

/** The use cases the HTTP routes call, handed over by the application's composition root. */
public record ApiServices(LoginService login, DeviceTokens tokens, GridService grids, CountySyncService sync,
        ReviewQueue review, ReviewActions reviewActions, BlobService blobs, BooleanSupplier databaseUp,
        ReleaseService releases) {

    public ApiServices {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(grids, "grids");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(reviewActions, "reviewActions");
        Objects.requireNonNull(blobs, "blobs");
        Objects.requireNonNull(databaseUp, "databaseUp");
        Objects.requireNonNull(releases, "releases");
    }
}
