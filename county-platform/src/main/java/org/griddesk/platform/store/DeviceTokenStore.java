package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/** Device tokens by their SHA-256 hash; the token itself is never stored. */
public final class DeviceTokenStore {
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final DataSource dataSource;

    public DeviceTokenStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(String countyCode, String tokenHash, String username, String deviceId, Instant now) {
        update("INSERT INTO device_tokens (county_code, token_hash, username, device_id, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", countyCode, tokenHash, username, deviceId, Timestamp.from(now));
    }

    /**
     * The account and device holding this token if it is neither revoked nor disabled; marks it as used, at
     * most once a minute: a row written on every sync call would cost each request a disk flush at commit,
     * for a time nobody needs to the second.
     */
    public Optional<ActiveToken> useActive(String countyCode, String tokenHash, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement touch = connection.prepareStatement("WITH active AS (SELECT t.username, t.device_id "
                     + "FROM device_tokens t JOIN accounts a ON a.county_code = t.county_code AND a.username = t.username "
                     + "WHERE t.county_code = ? AND t.token_hash = ? AND t.revoked_at IS NULL AND NOT a.disabled), "
                     + "touched AS (UPDATE device_tokens SET last_used_at = ? WHERE county_code = ? AND token_hash = ? "
                     + "AND (last_used_at IS NULL OR last_used_at < ?) AND EXISTS (SELECT 1 FROM active)) "
                     + "SELECT username, device_id FROM active")) {
            touch.setString(1, countyCode);
            touch.setString(2, tokenHash);
            touch.setTimestamp(3, Timestamp.from(now));
            touch.setString(4, countyCode);
            touch.setString(5, tokenHash);
            touch.setTimestamp(6, Timestamp.from(now.minus(TOUCH_INTERVAL)));
            try (var rows = touch.executeQuery()) {
                return rows.next() ? Optional.of(new ActiveToken(rows.getString(1), rows.getString(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot check device token", e);
        }
    }

    public boolean revoke(String countyCode, String tokenHash, Instant now) {
        return update("UPDATE device_tokens SET revoked_at = ? WHERE county_code = ? AND token_hash = ? "
                + "AND revoked_at IS NULL", Timestamp.from(now), countyCode, tokenHash) > 0;
    }

    /** Revokes every token of the account; returns how many were still active. */
    public int revokeAll(String countyCode, String username, Instant now) {
        return update("UPDATE device_tokens SET revoked_at = ? WHERE county_code = ? AND username = ? "
                + "AND revoked_at IS NULL", Timestamp.from(now), countyCode, username);
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot update device tokens", e);
        }
    }

    /** Whose token it is and the device it was issued to. */
    public record ActiveToken(String username, String deviceId) {
    }
}
