package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The grid codes one account has in a table keyed by county, user name and grid (held now, or taken). */
final class GridCodeRows {

    private GridCodeRows() {
    }

    /** @param table one of this package's own table names, never user input */
    static List<String> of(Connection connection, String table, String countyCode, String username)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT grid_code FROM " + table
                + " WHERE county_code = ? AND username = ? ORDER BY grid_code")) {
            query.setString(1, countyCode);
            query.setString(2, username);
            List<String> grids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    grids.add(rows.getString(1));
                }
            }
            return grids;
        }
    }
}
