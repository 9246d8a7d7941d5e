package org.griddesk.platform.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.griddesk.sync.store.StoredBatch;
import org.griddesk.sync.wire.PushResponse;

/** The stored answer of every judged push batch, by device and batch id. */
final class BatchRows {
    private final String county;

    BatchRows(String county) {
        this.county = county;
    }

    Optional<StoredBatch> find(Connection connection, String deviceId, String batchId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT fingerprint, result::text "
                + "FROM push_batches WHERE county_code = ? AND device_id = ? AND batch_id = ?")) {
            query.setString(1, county);
            query.setString(2, deviceId);
            query.setString(3, batchId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new StoredBatch(rows.getString(1),
                        JsonColumns.read(rows.getString(2), PushResponse.class))) : Optional.empty();
            }
        }
    }

    void save(Connection connection, String deviceId, String batchId, StoredBatch batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO push_batches "
                + "(county_code, device_id, batch_id, result, fingerprint) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, county);
            insert.setString(2, deviceId);
            insert.setString(3, batchId);
            JsonColumns.set(insert, 4, batch.response());
            insert.setString(5, batch.fingerprint());
            insert.executeUpdate();
        }
    }
}
