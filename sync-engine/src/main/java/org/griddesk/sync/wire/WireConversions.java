package org.griddesk.sync.wire;

import java.util.Locale;
import java.util.Map;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.Conflict;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.merge.ServerRecord;
import org.griddesk.sync.record.SyncRecord;

/** Translations between the domain types and the wire objects, in one place so both ends agree. */
public final class WireConversions {

    private WireConversions() {
    }

    public static RecordBody toBody(ServerRecord record) {
        return new RecordBody(record.type(), record.id(), record.rev(), record.fields(), record.deleted(),
                latestHlc(record));
    }

    public static PulledRecord toPulled(ServerRecord record, long seq) {
        return new PulledRecord(record.type(), record.id(), record.rev(), seq, record.fields(), record.deleted(),
                false, latestHlc(record));
    }

    /** Announces that a record left the caller's scope: no field values travel with it. */
    public static PulledRecord leftScope(ServerRecord record, long seq) {
        return new PulledRecord(record.type(), record.id(), record.rev(), seq, Map.of(), record.deleted(), true, null);
    }

    public static SyncRecord toRecord(RecordBody body) {
        return new SyncRecord(body.type(), body.id(), body.fields(), body.rev(), body.deleted());
    }

    public static SyncRecord toRecord(PulledRecord pulled) {
        return new SyncRecord(pulled.type(), pulled.id(), pulled.fields(), pulled.rev(), pulled.deleted());
    }

    public static ConflictBody toBody(Conflict conflict) {
        return new ConflictBody(conflict.field(), conflict.base(), conflict.mine(), conflict.theirs(),
                conflict.kept().name().toLowerCase(Locale.ROOT), conflict.mineAuthor(), conflict.theirsAuthor(),
                text(conflict.mineHlc()), text(conflict.theirsHlc()));
    }

    public static Conflict toConflict(ConflictBody body) {
        return new Conflict(body.field(), body.base(), body.mine(), body.theirs(),
                Conflict.Kept.valueOf(body.kept().toUpperCase(Locale.ROOT)), body.mineAuthor(), body.theirsAuthor(),
                hlc(body.mineHlc()), hlc(body.theirsHlc()));
    }

    private static String latestHlc(ServerRecord record) {
        return record.stamps().values().stream().map(FieldStamp::hlc).max(Hlc::compareTo)
                .map(Hlc::toString).orElse(null);
    }

    private static String text(Hlc hlc) {
        return hlc == null ? null : hlc.toString();
    }

    private static Hlc hlc(String text) {
        return text == null ? null : Hlc.parse(text);
    }
}
