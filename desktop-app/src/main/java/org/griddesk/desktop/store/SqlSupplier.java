package org.griddesk.desktop.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Hands out a connection to the open store for one unit of work. */
@FunctionalInterface
interface SqlSupplier {

    Connection connect() throws SQLException;
}
