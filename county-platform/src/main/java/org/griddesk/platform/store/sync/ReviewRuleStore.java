package org.griddesk.platform.store.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which record types and fields need a supervisor's look, per county (see review_rules in V7). */
public final class ReviewRuleStore {
    private final CountyTransactions transactions;
    private final String county;
    private final ReviewSql sql;

    public ReviewRuleStore(CountyTransactions transactions) {
        this.transactions = transactions;
        this.county = transactions.county();
        this.sql = new ReviewSql(transactions);
    }

    /** The rules set for the county, by record type; a type without a row uses the built-in default. */
    public Map<String, StoredRule> all() {
        List<StoredRule> rules = transactions.read(() -> sql.query("SELECT record_type, fields, on_new "
                + "FROM review_rules WHERE county_code = ? ORDER BY record_type",
                statement -> statement.setString(1, county),
                rows -> new StoredRule(rows.getString(1), texts(rows.getArray(2)), rows.getBoolean(3))));
        Map<String, StoredRule> byType = new LinkedHashMap<>();
        rules.forEach(rule -> byType.put(rule.recordType(), rule));
        return byType;
    }

    /**
     * The rules set for the county, read once per transaction: a push judging hundreds of changes asks once, and
     * a rule set meanwhile applies from the next push on.
     */
    public Map<String, StoredRule> forThisTransaction() {
        return transactions.read(() -> {
            Optional<RulesRead> known = transactions.existingDeferred(this, RulesRead.class);
            if (known.isPresent()) {
                return known.get().rules;
            }
            Map<String, StoredRule> rules = all();
            return transactions.deferred(this, RulesRead.class, () -> new RulesRead(rules)).rules;
        });
    }

    public void put(StoredRule rule) {
        transactions.write(() -> sql.update("INSERT INTO review_rules (county_code, record_type, fields, on_new) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (county_code, record_type) DO UPDATE SET fields = EXCLUDED.fields, "
                + "on_new = EXCLUDED.on_new", statement -> {
                    statement.setString(1, county);
                    statement.setString(2, rule.recordType());
                    statement.setArray(3, statement.getConnection().createArrayOf("text", rule.fields().toArray()));
                    statement.setBoolean(4, rule.onNew());
                }));
    }

    private static List<String> texts(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** Rules read in the open transaction; nothing to write. */
    private record RulesRead(Map<String, StoredRule> rules) implements CountyTransactions.DeferredWrites {
        @Override
        public void flush(Connection connection) {
        }
    }

    /** A rule: changes of these fields, and (if {@code onNew}) every new record of the type, need review. */
    public record StoredRule(String recordType, List<String> fields, boolean onNew) {
        public StoredRule {
            fields = List.copyOf(fields);
        }
    }
}
