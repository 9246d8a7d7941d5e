package org.griddesk.desktop.store;

import java.sql.SQLException;

/** A query on an unlocked store failed; unchecked because an open store failing is not a normal outcome. */
public class StoreAccessException extends RuntimeException {

    public StoreAccessException(String what, SQLException cause) {
        super(what + " failed (SQLState " + cause.getSQLState() + ")", cause);
    }
}
