package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.SQLException;

/** One piece of JDBC work on a connection the caller manages. */
@FunctionalInterface
interface SqlWork<T> {

    T on(Connection connection) throws SQLException;
}
