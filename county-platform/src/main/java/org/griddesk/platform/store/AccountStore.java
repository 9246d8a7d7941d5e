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
                insertGrids(connection, account.countyCode(), account.username(), account.grids());
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

    /**
     * Replaces the account's grids in one transaction and returns the grids taken from it, or empty when there
     * is no such account. Devices see the new grids on their next request: sessions are read from these rows on
     * every call. A grid taken is remembered as a former grid (its offline edits are then kept for review, see
     * {@link #formerGrids}); a grid given back is forgotten there.
     */
    public Optional<List<String>> replaceGrids(String countyCode, String username, List<String> grids) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lockAccount(connection, countyCode, username)) {
                    connection.rollback();
                    return Optional.empty();
                }
                List<String> taken = new ArrayList<>(grids(connection, countyCode, username));
                taken.removeAll(grids);
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM account_grids WHERE county_code = ? AND username = ?")) {
                    delete.setString(1, countyCode);
                    delete.setString(2, username);
                    delete.executeUpdate();
                }
                insertGrids(connection, countyCode, username, grids);
                FormerGridRows.forget(connection, countyCode, username, grids);
                FormerGridRows.remember(connection, countyCode, username, taken);
                connection.commit();
                return Optional.of(List.copyOf(taken));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot change the grids of an account", e);
        }
    }

    /**
     * The grids taken from the account and not given back, sorted. Only evidence that the account once held a
     * record; never a grid it may read or write.
     */
    public List<String> formerGrids(String countyCode, String username) {
        try (Connection connection = dataSource.getConnection()) {
            return FormerGridRows.of(connection, countyCode, username);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the former grids of an account", e);
        }
    }

    private static boolean lockAccount(Connection connection, String countyCode, String username)
            throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT 1 FROM accounts WHERE county_code = ? AND username = ? FOR UPDATE")) {
            lock.setString(1, countyCode);
            lock.setString(2, username);
            try (var rows = lock.executeQuery()) {
                return rows.next();
            }
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

    private static void insertGrids(Connection connection, String countyCode, String username, List<String> grids)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account_grids (county_code, username, grid_code) VALUES (?, ?, ?)")) {
            for (String grid : grids) {
                insert.setString(1, countyCode);
                insert.setString(2, username);
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
        return GridCodeRows.of(connection, "account_grids", countyCode, username);
    }
}
