package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The rows of {@code former_account_grids}, always written inside the transaction that changes an account's grids. */
final class FormerGridRows {
    private FormerGridRows() {
    }

    /** Taken again after being given back, a grid counts from the new time. */
    static void remember(Connection connection, String countyCode, String username, List<String> taken)
            throws SQLException {
        if (taken.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO former_account_grids "
                + "(county_code, username, grid_code) VALUES (?, ?, ?) "
                + "ON CONFLICT (county_code, username, grid_code) DO UPDATE SET taken_at = now()")) {
            for (String grid : taken) {
                insert.setString(1, countyCode);
                insert.setString(2, username);
                insert.setString(3, grid);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void forget(Connection connection, String countyCode, String username, List<String> heldAgain)
            throws SQLException {
        if (heldAgain.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM former_account_grids "
                + "WHERE county_code = ? AND username = ? AND grid_code = ANY (?::text[])")) {
            delete.setString(1, countyCode);
            delete.setString(2, username);
            delete.setArray(3, connection.createArrayOf("text", heldAgain.toArray()));
            delete.executeUpdate();
        }
    }

    static List<String> of(Connection connection, String countyCode, String username) throws SQLException {
        return GridCodeRows.of(connection, "former_account_grids", countyCode, username);
    }
}
