package org.griddesk.platform.store.blobs;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;
import org.griddesk.platform.store.StoreException;

/**
 * Which records reference a blob: an issue's {@code photos} or an application's {@code attachments} (lists of
 * SHA-256 names). The GIN indexes of migration V5 answer the containment tests without scanning the records.
 */
public final class BlobReferenceRows {
    private static final String REFERENCED_IN_GRIDS = """
            SELECT 1 FROM sync_records
             WHERE county_code = ? AND grid = ANY (?)
               AND ((type = 'issue' AND fields -> 'photos' @> ?::jsonb)
                 OR (type = 'application' AND fields -> 'attachments' @> ?::jsonb))
             LIMIT 1""";

    private final DataSource dataSource;

    public BlobReferenceRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether a record of one of these grids (whole codes) references the blob. */
    public boolean referencedInGrids(String county, String sha256, Collection<String> grids) {
        if (grids.isEmpty()) {
            return false;
        }
        String contained = "[\"" + sha256 + "\"]"; // the caller checked sha256 is 64 hex digits
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(REFERENCED_IN_GRIDS)) {
            Array codes = connection.createArrayOf("text", grids.toArray());
            statement.setString(1, county);
            statement.setArray(2, codes);
            statement.setString(3, contained);
            statement.setString(4, contained);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot look up the records referencing a blob", e);
        }
    }
}
