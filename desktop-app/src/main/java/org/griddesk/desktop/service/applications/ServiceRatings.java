package org.griddesk.desktop.service.applications;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.DeviceStore;

/**
 * Records 好差评 ratings as synced {@code service_rating} records. There is deliberately no way to change or delete
 * one: a rating is the resident's word, not the worker's.
 */
public final class ServiceRatings {

    /** Added by GridDesk: the {@code visit} record a rating given after a visit is about. */
    public static final String VISIT_ID = "visitId";

    private final LocalChanges changes;
    private final UuidV7Generator ids;
    private final Clock clock;
    private final Supplier<String> worker;

    public ServiceRatings(DeviceStore store, HybridLogicalClock hlc, UuidV7Generator ids, Clock clock,
                          Supplier<String> worker) {
        this.changes = new LocalChanges(store, hlc);
        this.ids = ids;
        this.clock = clock;
        this.worker = worker;
    }

    /** Refuses a level outside 1..5 and tags not offered on screen (IllegalArgumentException); writes nothing then. */
    public ServiceRating rate(String residentId, String grid, int level, List<String> tags, String comment) {
        return rate(residentId, grid, level, tags, comment, Map.of());
    }

    /**
     * A rating of a visit (走访) to the resident's household rather than of an application: the record names the
     * visit ({@code visitId}) so a supervisor calling back knows which one.
     */
    public ServiceRating rateVisit(String residentId, String grid, String visitId, int level, List<String> tags,
                                   String comment) {
        if (visitId == null || visitId.isBlank()) {
            throw new IllegalArgumentException("a visit rating names the visit");
        }
        return rate(residentId, grid, level, tags, comment, Map.of(VISIT_ID, visitId));
    }

    private ServiceRating rate(String residentId, String grid, int level, List<String> tags, String comment,
                               Map<String, Object> about) {
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("a rating is 1 to 5, not " + level);
        }
        if (!ServiceRating.TAGS.containsAll(tags)) {
            throw new IllegalArgumentException("unknown rating tags: " + tags);
        }
        String id = ids.nextId();
        String at = clock.instant().toString();
        String text = comment == null ? "" : comment.strip();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("grid", grid);
        fields.put("residentId", residentId);
        fields.put("worker", worker.get());
        fields.put("level", level);
        fields.put("tags", List.copyOf(tags));
        fields.put("comment", text);
        fields.put("at", at);
        fields.putAll(about);
        changes.set(new RecordKey(ServiceRating.TYPE, id), fields);
        return new ServiceRating(id, grid, residentId, worker.get(), level, tags, text, at);
    }
}
