package org.griddesk.platform.service.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.griddesk.platform.store.sync.ReviewItemRow;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.ServerStore;

/**
 * What a queue line is about, in the words a supervisor knows it by: a resident's name, a household's address, an
 * issue's title; an application or a rating by the resident it is for, a visit by the household visited. Read for a
 * whole page in two batched reads. Identity and phone numbers are never a title.
 */
final class ReviewTitles {

    /** The field that names a record of each type. */
    private static final Map<String, String> NAMING_FIELD = Map.of(
            "resident", "name", "household", "address", "issue", "title", "form_template", "title", "grid", "name");
    /** Records named after the record they point to: the field holding its id, and that record's type. */
    private static final Map<String, RecordKeyField> NAMED_BY_REFERENCE = Map.of(
            "application", new RecordKeyField("residentId", "resident"),
            "service_rating", new RecordKeyField("residentId", "resident"),
            "visit", new RecordKeyField("householdId", "household"));

    /** Fields that hold another record's id, and that record's type (a grid record's id is its code). */
    private static final Map<String, String> REFERENCE_FIELDS = Map.of("householdId", "household",
            "residentId", "resident", "grid", "grid");

    /** A long issue title is cut: the line is a pointer to the item, the pane shows it whole. */
    private static final int MAX_LENGTH = 60;

    private final ServerStore records;

    ReviewTitles(ServerStore records) {
        this.records = records;
    }

    /** Titles by item id; an item whose record (or the record it points to) has no name is left out. */
    Map<Long, String> of(Collection<ReviewItemRow> rows) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        rows.forEach(row -> keys.add(new RecordKey(row.recordType(), row.recordId())));
        Map<RecordKey, ServerRecord> found = keys.isEmpty() ? Map.of() : records.findAll(keys);
        Set<RecordKey> referenced = new LinkedHashSet<>();
        found.values().forEach(record -> reference(record).ifPresent(referenced::add));
        Map<RecordKey, ServerRecord> pointedTo = referenced.isEmpty() ? Map.of() : records.findAll(referenced);
        Map<Long, String> titles = new HashMap<>();
        for (ReviewItemRow row : rows) {
            ServerRecord record = found.get(new RecordKey(row.recordType(), row.recordId()));
            if (record == null) {
                continue;
            }
            Optional<String> title = name(record)
                    .or(() -> reference(record).map(pointedTo::get).flatMap(ReviewTitles::name));
            title.ifPresent(text -> titles.put(row.id(), text));
        }
        return titles;
    }

    /**
     * The records the given fields point to (a household by {@code householdId}, a resident by {@code residentId}, a
     * grid by its code), named by id, so that a supervisor reads 所属户 as an address instead of an id. Read in one batch; a record that
     * is not found or has no name is left out.
     */
    Map<String, String> referencedBy(Collection<Map<String, Object>> fieldMaps) {
        Set<RecordKey> keys = new LinkedHashSet<>();
        for (Map<String, Object> fields : fieldMaps) {
            REFERENCE_FIELDS.forEach((field, type) -> {
                if (fields.get(field) instanceof String id && !id.isBlank()) {
                    keys.add(new RecordKey(type, id));
                }
            });
        }
        Map<String, String> names = new LinkedHashMap<>();
        if (!keys.isEmpty()) {
            records.findAll(keys).values().forEach(record -> name(record).ifPresent(
                    text -> names.put(record.id(), text)));
        }
        return names;
    }

    private static Optional<RecordKey> reference(ServerRecord record) {
        RecordKeyField via = NAMED_BY_REFERENCE.get(record.type());
        if (via == null || !(record.fields().get(via.field()) instanceof String id) || id.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RecordKey(via.type(), id));
    }

    private static Optional<String> name(ServerRecord record) {
        String field = NAMING_FIELD.get(record.type());
        if (field == null || !(record.fields().get(field) instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text);
    }

    private record RecordKeyField(String field, String type) {
    }
}
