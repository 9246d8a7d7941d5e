package org.griddesk.platform.service.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.platform.service.InvalidInputException;
import org.griddesk.platform.store.sync.CountyTransactions;
import org.griddesk.platform.store.sync.ReviewRuleStore;
import org.griddesk.platform.store.sync.ReviewRuleStore.StoredRule;

/**
 * Which new or changed records need a supervisor's look ({@code review rules}). Without a rule of the county's own,
 * new residents and changes of a resident's identity number, name or household do. Applications, issues and ratings
 * have their own items and take no rule.
 */
public final class ReviewRules {
    static final StoredRule DEFAULT_RESIDENT = new StoredRule(RecordType.RESIDENT.wireName(),
            List.of(ResidentFields.ID_NUMBER, ResidentFields.NAME, ResidentFields.HOUSEHOLD_ID), true);
    private static final List<String> OWN_ITEMS = List.of(RecordType.APPLICATION.wireName(),
            RecordType.ISSUE.wireName(), RecordType.SERVICE_RATING.wireName(), RecordType.FORM_TEMPLATE.wireName());
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final ReviewRuleStore store;

    public ReviewRules(CountyTransactions transactions) {
        this.store = new ReviewRuleStore(transactions);
    }

    /** The rules in force, by record type: the county's own, and the default where it set none. */
    public List<ReviewRule> inForce() {
        Map<String, StoredRule> rules = new LinkedHashMap<>();
        rules.put(DEFAULT_RESIDENT.recordType(), DEFAULT_RESIDENT);
        rules.putAll(store.all());
        return rules.values().stream().map(ReviewRules::rule).toList();
    }

    /** The rules in force for the push being judged (read once per push). */
    Map<String, StoredRule> inForceForThisPush() {
        Map<String, StoredRule> rules = new LinkedHashMap<>();
        rules.put(DEFAULT_RESIDENT.recordType(), DEFAULT_RESIDENT);
        rules.putAll(store.forThisTransaction());
        return rules;
    }

    /**
     * A rule checked without the database, so that a typo fails before anything starts; no fields and not on new
     * turns review of that type off.
     */
    public static ReviewRule checked(String type, List<String> fields, boolean onNew) {
        if (RecordType.fromWireName(type).isEmpty() || OWN_ITEMS.contains(type)) {
            throw new InvalidInputException("--type must be a record type such as resident, household or visit "
                    + "(applications, issues and ratings are always reviewed)");
        }
        List<String> names = new ArrayList<>();
        for (String field : fields) {
            String name = field.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (!FIELD_NAME.matcher(name).matches()) {
                throw new InvalidInputException("Not a field name: '" + name + "'");
            }
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return new ReviewRule(type, names, onNew);
    }

    /** Replaces the rule of its record type. */
    public void set(ReviewRule rule) {
        ReviewRule valid = checked(rule.recordType(), rule.fields(), rule.onNew());
        store.put(new StoredRule(valid.recordType(), valid.fields(), valid.onNew()));
    }

    private static ReviewRule rule(StoredRule stored) {
        return new ReviewRule(stored.recordType(), stored.fields(), stored.onNew());
    }
}
