package org.griddesk.platform.store.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.griddesk.platform.store.StoreException;

/** SQL of the review stores on the connection of the county transaction open on this thread. */
final class ReviewSql {
    private final CountyTransactions transactions;

    ReviewSql(CountyTransactions transactions) {
        this.transactions = transactions;
    }

    /** Records saved earlier in the same transaction are written first: the query must see them. */
    <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        transactions.flushDeferred();
        return queryStored(sql, binder, reader);
    }

    /**
     * Only what is already written, without the writes the transaction still keeps in memory: for a caller that
     * looks at those itself, and saves a round trip per write (a first upload checks every new resident).
     */
    <T> List<T> queryStored(String sql, Binder binder, RowReader<T> reader) {
        try (PreparedStatement statement = transactions.connection().prepareStatement(sql)) {
            binder.bind(statement);
            List<T> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the review queue", e);
        }
    }

    int update(String sql, Binder binder) {
        try (PreparedStatement statement = transactions.connection().prepareStatement(sql)) {
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot update the review queue", e);
        }
    }

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
