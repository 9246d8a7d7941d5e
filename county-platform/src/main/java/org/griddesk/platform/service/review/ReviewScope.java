package org.griddesk.platform.service.review;

import java.util.List;
import java.util.Optional;
import org.griddesk.platform.service.OutOfScopeException;
import org.griddesk.platform.service.Session;

/** Who reviews what: a supervisor the items of its own grids, an administrator the county, a worker nothing. */
final class ReviewScope {
    private ReviewScope() {
    }

    /** The grids the caller reviews; empty: no restriction (an administrator). A worker is refused (403). */
    static Optional<List<String>> gridsOf(Session session) {
        return switch (session.role()) {
            case ADMIN -> Optional.empty();
            case SUPERVISOR -> Optional.of(session.grids());
            case WORKER -> throw new OutOfScopeException("Only supervisors and administrators review items");
        };
    }

    static boolean covers(Session session, String grid) {
        return gridsOf(session).map(grids -> grid != null && grids.contains(grid)).orElse(true);
    }
}
