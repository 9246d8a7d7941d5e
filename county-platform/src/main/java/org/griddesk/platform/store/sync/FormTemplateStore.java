package org.griddesk.platform.store.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.griddesk.platform.store.StoreException;
import org.griddesk.sync.merge.ServerRecord;

/**
 * The county's form templates: sync records of type {@code form_template}, found by formId and version.
 * They are written like any record (a seq, a history row), so devices pull them with everything else.
 */
public final class FormTemplateStore {
    public static final String TYPE = "form_template";
    private static final String COLUMNS = "type, id, rev, fields::text, deleted, stamps::text";

    private final CountyTransactions transactions;
    private final PostgresServerStore records;

    public FormTemplateStore(CountyTransactions transactions) {
        this.transactions = transactions;
        this.records = new PostgresServerStore(transactions);
    }

    /** The template of that id and version; inside a transaction open on this thread, in that transaction. */
    public Optional<ServerRecord> find(String formId, String version) {
        return query("SELECT " + COLUMNS + " FROM sync_records WHERE county_code = ? AND type = '" + TYPE
                + "' AND fields ->> 'formId' = ? AND fields ->> 'version' = ?", formId, version).stream().findFirst();
    }

    /** Every template, by formId, then versions in the order published (ids are UUIDv7, in time order). */
    public List<ServerRecord> all() {
        return query("SELECT " + COLUMNS + " FROM sync_records WHERE county_code = ? AND type = '" + TYPE
                + "' ORDER BY fields ->> 'formId', id");
    }

    /** Saves a new state of a template record in the transaction open on this thread (one is opened if none). */
    public void save(ServerRecord template) {
        if (!TYPE.equals(template.type())) {
            throw new IllegalArgumentException("not a form template: " + template.type());
        }
        transactions.write(() -> records.save(template));
    }

    /** Runs {@code work} in one writing transaction, holding the county's push lock. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.write(work);
    }

    private List<ServerRecord> query(String sql, String... parameters) {
        return transactions.read(() -> {
            transactions.flushDeferred();
            try (PreparedStatement query = transactions.connection().prepareStatement(sql)) {
                query.setString(1, transactions.county());
                for (int i = 0; i < parameters.length; i++) {
                    query.setString(i + 2, parameters[i]);
                }
                List<ServerRecord> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(RecordRows.record(rows));
                    }
                }
                return found;
            } catch (SQLException e) {
                throw new StoreException("Form template query failed", e);
            }
        });
    }
}
