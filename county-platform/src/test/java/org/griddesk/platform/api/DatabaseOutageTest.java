package org.griddesk.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503, try again) and which are the request's own (500). */
class DatabaseOutageTest {

    @Test
    void aConnectionThatCannotBeHadIsAnOutageHoweverDeepItIsWrapped() {
        assertTrue(DatabaseOutage.causedBy(new SQLTransientConnectionException("pool timeout")));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("store",
                new RuntimeException(new SQLNonTransientConnectionException("cut")))));
    }

    @Test
    void connectionStatesAndServerShutdownAreOutages() {
        for (String state : new String[] {"08006", "08001", "57P01", "57P02", "57P03"}) {
            assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("gone", state))), state);
        }
    }

    @Test
    void aFailingStatementIsNotAnOutage() {
        assertFalse(DatabaseOutage.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseOutage.causedBy(new SQLException("no state")));
        assertFalse(DatabaseOutage.causedBy(new UncheckedIOException(new java.io.IOException("disk"))));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void theDescriptionNamesTheKindNeverTheMessage() {
        String described = DatabaseOutage.describe(new RuntimeException(
                new SQLException("value '110105194912310021' violates", "08006")));
        assertEquals("SQLException (SQLState 08006)", described);
        assertEquals("IllegalStateException", DatabaseOutage.describe(new IllegalStateException("身份证 110105")));
    }
}
