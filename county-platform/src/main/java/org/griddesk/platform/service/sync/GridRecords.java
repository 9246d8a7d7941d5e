package org.griddesk.platform.service.sync;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.griddesk.model.record.GridFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.platform.store.GridRow;
import org.griddesk.platform.store.sync.CountyTransactions;
import org.griddesk.platform.store.sync.PostgresServerStore;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.RecordKey;

/**
 * Publishes the county's registered grids as {@code grid} records (id = the grid's code; fields grid, name and
 * boundary as GeoJSON text), so a worker's device learns by its ordinary pull where each of its grids lies and can
 * give an issue the grid its location falls in. Scope checks let a worker read exactly the grids it holds.
 * Publishing again changes nothing unless a name or boundary changed.
 */
public final class GridRecords {

    /** Who a grid record's stamps name: the platform itself, never a device. */
    static final String AUTHOR = "platform";

    private final PostgresServerStore store;
    private final Clock clock;

    GridRecords(PostgresServerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public static GridRecords create(CountyTransactions transactions, Clock clock) {
        return new GridRecords(new PostgresServerStore(transactions), clock);
    }

    /** @return how many records were written (new or changed) */
    public int publish(List<GridRow> grids) {
        return store.inTransaction(() -> {
            int written = 0;
            for (GridRow grid : grids) {
                if (publishOne(grid)) {
                    written++;
                }
            }
            return written;
        });
    }

    private boolean publishOne(GridRow grid) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(GridFields.GRID, grid.code());
        fields.put(GridFields.NAME, grid.name());
        grid.boundaryGeoJson().ifPresent(boundary -> fields.put(GridFields.BOUNDARY, boundary));
        Optional<ServerRecord> current = store.find(new RecordKey(RecordType.GRID.wireName(), grid.code()));
        ServerRecord written = new ServerRecord("x", "x", 0, fields, false, Map.of());
        if (current.isPresent() && current.get().fields().equals(written.fields()) && !current.get().deleted()) {
            return false;
        }
        long rev = current.map(ServerRecord::rev).orElse(0L) + 1;
        Hlc now = new Hlc(clock.millis(), 0, AUTHOR);
        Map<String, FieldStamp> stamps = new HashMap<>(current.map(ServerRecord::stamps).orElse(Map.of()));
        written.fields().forEach((field, value) -> {
            Object before = current.map(record -> record.fields().get(field)).orElse(null);
            if (!value.equals(before)) {
                stamps.put(field, new FieldStamp(rev, now, AUTHOR));
            }
        });
        store.save(new ServerRecord(RecordType.GRID.wireName(), grid.code(), rev, written.fields(), false, stamps));
        return true;
    }
}
