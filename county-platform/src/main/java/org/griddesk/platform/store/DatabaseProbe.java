package org.griddesk.platform.store;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

public final class DatabaseProbe {
    private final DataSource dataSource;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException unreachable) {
            return false;
        }
    }
}
