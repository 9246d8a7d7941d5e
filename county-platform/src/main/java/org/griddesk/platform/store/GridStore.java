package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Adds the grids not yet registered, all in one transaction: an import either lands whole or not at all.
     *
     * @return how many were new
     */
    public int insertMissing(String countyCode, List<GridRow> rows) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO grids "
                    + "(county_code, code, name, boundary_geojson) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                int added = 0;
                for (GridRow row : rows) {
                    insert.setString(1, countyCode);
                    insert.setString(2, row.code());
                    insert.setString(3, row.name());
                    insert.setString(4, row.boundaryGeoJson().orElse(null));
                    added += insert.executeUpdate();
                }
                connection.commit();
                return added;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store grids", e);
        }
    }

    /** Every grid of the county, in code order. */
    public List<GridRow> all(String countyCode) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT code, name, boundary_geojson FROM grids WHERE county_code = ? ORDER BY code")) {
            query.setString(1, countyCode);
            List<GridRow> rows = new java.util.ArrayList<>();
            try (var found = query.executeQuery()) {
                while (found.next()) {
                    rows.add(new GridRow(found.getString(1), found.getString(2),
                            Optional.ofNullable(found.getString(3))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("Cannot read grids", e);
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

    /** The stored names of those of {@code codes} registered in the county; unknown codes are left out. */
    public Map<String, String> names(String countyCode, List<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT code, name FROM grids WHERE county_code = ? AND code = ANY (?)")) {
            query.setString(1, countyCode);
            query.setArray(2, connection.createArrayOf("text", codes.toArray()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new StoreException("Cannot read grid names", e);
        }
    }
}
