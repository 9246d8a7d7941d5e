package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

public final class AccountStore {
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    public AccountStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the account with its grids; returns false when the username is already taken. */
    public boolean insert(StoredAccount account) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertAccount(connection, account);
                insertGrids(connection, account);
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store account", e);
        }
    }

    private static void insertAccount(Connection connection, StoredAccount account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts "
                + "(county_code, username, role, password_hash, disabled) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, account.countyCode());
            insert.setString(2, account.username());
            insert.setString(3, account.role());
            insert.setString(4, account.passwordHash());
            insert.setBoolean(5, account.disabled());
            insert.executeUpdate();
        }
    }

    private static void insertGrids(Connection connection, StoredAccount account) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account_grids (county_code, username, grid_code) VALUES (?, ?, ?)")) {
            for (String grid : account.grids()) {
                insert.setString(1, account.countyCode());
                insert.setString(2, account.username());
                insert.setString(3, grid);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<StoredAccount> find(String countyCode, String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT role, password_hash, disabled "
                     + "FROM accounts WHERE county_code = ? AND username = ?")) {
            query.setString(1, countyCode);
            query.setString(2, username);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredAccount(countyCode, username, rows.getString(1), rows.getString(2),
                        rows.getBoolean(3), grids(connection, countyCode, username)));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read account", e);
        }
    }

    private static List<String> grids(Connection connection, String countyCode, String username)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT grid_code FROM account_grids "
                + "WHERE county_code = ? AND username = ? ORDER BY grid_code")) {
            query.setString(1, countyCode);
            query.setString(2, username);
            List<String> grids = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    grids.add(rows.getString(1));
                }
            }
            return grids;
        }
    }
}
