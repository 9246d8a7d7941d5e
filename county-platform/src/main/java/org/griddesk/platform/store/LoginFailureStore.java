package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Failed sign-ins, kept in the database so that a restart does not reset throttling. */
public final class LoginFailureStore {
    private final DataSource dataSource;

    public LoginFailureStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a failure and forgets this name's failures older than {@code forgetBefore}. */
    public void record(String countyCode, String username, Instant at, Instant forgetBefore) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement forget = connection.prepareStatement("DELETE FROM login_failures "
                     + "WHERE county_code = ? AND username = ? AND failed_at < ?");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO login_failures (county_code, username, failed_at) VALUES (?, ?, ?)")) {
            forget.setString(1, countyCode);
            forget.setString(2, username);
            forget.setTimestamp(3, Timestamp.from(forgetBefore));
            forget.executeUpdate();
            insert.setString(1, countyCode);
            insert.setString(2, username);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot record login failure", e);
        }
    }

    /** Failure times for this name since {@code since}, oldest first. */
    public List<Instant> since(String countyCode, String username, Instant since) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT failed_at FROM login_failures "
                     + "WHERE county_code = ? AND username = ? AND failed_at >= ? ORDER BY failed_at")) {
            query.setString(1, countyCode);
            query.setString(2, username);
            query.setTimestamp(3, Timestamp.from(since));
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

    public void clear(String countyCode, String username) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM login_failures WHERE county_code = ? AND username = ?")) {
            delete.setString(1, countyCode);
            delete.setString(2, username);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot clear login failures", e);
        }
    }
}
