package org.griddesk.desktop.store.sync;

import java.sql.Connection;
import java.sql.SQLException;

/** Hands out connections to the open device store (OpenStore::connect in production). */
@FunctionalInterface
public interface Connections {

    Connection connect() throws SQLException;
}
