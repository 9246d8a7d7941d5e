package org.griddesk.desktop.store.sync;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.sync.record.RecordKey;

/**
 * Asks about many records of one type in one query: the ids go into a {@code VALUES} table joined to the asked
 * table by nested loops, so Derby probes the key index once per id. ({@code type = ? AND id IN (…)} is no good
 * here: Derby scans every row of the type for it.) Every query takes {@link #SIZE} ids, so one SQL text keeps
 * one compiled plan; a short chunk is padded with nulls, which match nothing.
 */
final class KeyChunks {

    static final int SIZE = 100;

    /** The ids as a table {@code wanted(id)}, to be joined with a fixed join order, nested loops on the right. */
    static final String WANTED = "--DERBY-PROPERTIES joinOrder=FIXED\n"
            + "(VALUES " + "(CAST(? AS VARCHAR(64))), ".repeat(SIZE - 1) + "(CAST(? AS VARCHAR(64)))) AS wanted(id)";

    /** What follows the joined table's name and alias in the FROM clause. */
    static final String NESTED_LOOP = " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n";

    private KeyChunks() {
    }

    /** One type and up to {@link #SIZE} of its ids. */
    record Chunk(String type, List<String> ids) {

        /** Binds the ids first and the type right after them; returns the index after the type. */
        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < SIZE; i++) {
                if (i < ids.size()) {
                    statement.setString(i + 1, ids.get(i));
                } else {
                    statement.setNull(i + 1, Types.VARCHAR);
                }
            }
            statement.setString(SIZE + 1, type);
            return SIZE + 2;
        }
    }

    static List<Chunk> of(Collection<RecordKey> keys) {
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (RecordKey key : keys) {
            idsByType.computeIfAbsent(key.type(), type -> new ArrayList<>()).add(key.id());
        }
        List<Chunk> chunks = new ArrayList<>();
        idsByType.forEach((type, ids) -> {
            for (int from = 0; from < ids.size(); from += SIZE) {
                chunks.add(new Chunk(type, List.copyOf(ids.subList(from, Math.min(ids.size(), from + SIZE)))));
            }
        });
        return chunks;
    }
}
