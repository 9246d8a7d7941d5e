package org.griddesk.platform.service.sync;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.griddesk.platform.service.BadRequestException;
import org.griddesk.platform.service.OutOfScopeException;
import org.griddesk.platform.service.Session;
import org.griddesk.platform.store.sync.ReviewItemRow;
import org.griddesk.platform.store.sync.ReviewItemStore;

/** The supervisors' review queue, read-only for now: a supervisor sees its grids, an administrator all. */
public final class ReviewQueue {
    public static final int MAX_ITEMS = 1000;
    private static final Set<String> STATUSES = Set.of("open", "resolved");
    private static final Set<String> KINDS = Set.of("conflict", "duplicate");

    private final ReviewItemStore items;

    public ReviewQueue(ReviewItemStore items) {
        this.items = items;
    }

    public List<ReviewItem> list(Session session, String status, Optional<String> kind) {
        if (!STATUSES.contains(status) || kind.filter(k -> !KINDS.contains(k)).isPresent()) {
            throw new BadRequestException("status must be open or resolved, kind conflict or duplicate");
        }
        List<ReviewItemRow> rows = switch (session.role()) {
            case ADMIN -> items.list(status, kind, List.of(), MAX_ITEMS);
            case SUPERVISOR -> session.grids().isEmpty() ? List.of()
                    : items.list(status, kind, session.grids(), MAX_ITEMS);
            case WORKER -> throw new OutOfScopeException("Only supervisors and administrators review items");
        };
        return rows.stream().map(ReviewItem::of).toList();
    }
}
