package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

public final class GridStore {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public GridStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns false when a grid with this code already exists in the county. */
    public boolean insert(String countyCode, String code, String name, Optional<String> boundaryGeoJson) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO grids "
                     + "(county_code, code, name, boundary_geojson) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, countyCode);
            insert.setString(2, code);
            insert.setString(3, name);
            insert.setString(4, boundaryGeoJson.orElse(null));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new StoreException("Cannot store grid", e);
        }
    }

    public Optional<String> name(String countyCode, String code) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT name FROM grids WHERE county_code = ? AND code = ?")) {
            query.setString(1, countyCode);
            query.setString(2, code);
            try (var rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read grid", e);
        }
    }
}
