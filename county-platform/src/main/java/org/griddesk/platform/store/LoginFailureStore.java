package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Failed sign-ins by name and source address, kept in the database so that a restart does not reset
 * throttling.
 */
public final class LoginFailureStore {
    private final DataSource dataSource;

    public LoginFailureStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a failure and forgets this name's failures older than {@code forgetBefore}. */
    public void record(String countyCode, String username, String source, Instant at, Instant forgetBefore) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM login_failures "
                     + "WHERE county_code = ? AND username = ? AND failed_at < ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO login_failures (county_code, username, source, failed_at) VALUES (?, ?, ?, ?)")) {
            forget.setString(1, countyCode);
            forget.setString(2, username);
            forget.setTimestamp(3, Timestamp.from(forgetBefore));
            forget.executeUpdate();
            insert.setString(1, countyCode);
            insert.setString(2, username);
            insert.setString(3, source);
            insert.setTimestamp(4, Timestamp.from(at));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot record login failure", e);
        }
    }

    /** Failure times of this name from this source since {@code since}, oldest first. */
    public List<Instant> ofNameFromSource(String countyCode, String username, String source, Instant since) {
        return times("SELECT failed_at FROM login_failures WHERE county_code = ? AND failed_at >= ? "
                + "AND username = ? AND source = ? ORDER BY failed_at", countyCode, since, username, source);
    }

    /** Failure times of this name from any source since {@code since}, oldest first. */
    public List<Instant> ofName(String countyCode, String username, Instant since) {
        return times("SELECT failed_at FROM login_failures WHERE county_code = ? AND failed_at >= ? "
                + "AND username = ? ORDER BY failed_at", countyCode, since, username);
    }

    /** Failure times of any name from this source since {@code since}, oldest first. */
    public List<Instant> fromSource(String countyCode, String source, Instant since) {
        return times("SELECT failed_at FROM login_failures WHERE county_code = ? AND failed_at >= ? "
                + "AND source = ? ORDER BY failed_at", countyCode, since, source);
    }

    /** Forgets the failures of this name from this source (it just signed in from there). */
    public void clear(String countyCode, String username, String source) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM login_failures WHERE county_code = ? AND username = ? AND source = ?")) {
            delete.setString(1, countyCode);
            delete.setString(2, username);
            delete.setString(3, source);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot clear login failures", e);
        }
    }

    private List<Instant> times(String sql, String countyCode, Instant since, String... more) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, countyCode);
            query.setTimestamp(2, Timestamp.from(since));
            for (int i = 0; i < more.length; i++) {
                query.setString(3 + i, more[i]);
            }
            List<Instant> times = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getTimestamp(1).toInstant());
                }
            }
            return times;
        } catch (SQLException e) {
            throw new StoreException("Cannot read login failures", e);
        }
    }
}
