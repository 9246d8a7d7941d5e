package org.griddesk.model.code;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;

/** The code tables bundled with field-model; each is read once, on first use. */
public enum CodeSet {
    SEX("sex"),
    ETHNICITY("ethnicity"),
    RELATION("relation"),
    HOUSEHOLD_TYPE("household_type"),
    EDUCATION("education"),
    EMPLOYMENT("employment"),
    HEALTH("health"),
    MEDICAL_INSURANCE("medical_insurance"),
    PENSION_INSURANCE("pension_insurance"),
    CARE_TAG("care_tag"),
    DISABILITY_CATEGORY("disability_category"),
    DISABILITY_GRADE("disability_grade"),
    RESIDENT_STATUS("resident_status");

    private final String resourceName;

    CodeSet(String resourceName) {
        this.resourceName = resourceName;
    }

    /** The stable name of the table, used in validation messages and machine-readable errors. */
    public String tableName() {
        return resourceName;
    }

    public CodeTable table() {
        return Loaded.TABLES.get(this);
    }

    // Holder idiom: the tables load together the first time any one is asked for, never again.
    private static final class Loaded {
        private static final Map<CodeSet, CodeTable> TABLES = loadAll();

        private static Map<CodeSet, CodeTable> loadAll() {
            Map<CodeSet, CodeTable> tables = new EnumMap<>(CodeSet.class);
            for (CodeSet set : CodeSet.values()) {
                String path = "tables/" + set.resourceName + ".tsv";
                InputStream in = CodeSet.class.getResourceAsStream(path);
                if (in == null) {
                    throw new IllegalStateException("missing bundled code table " + path);
                }
                tables.put(set, CodeTable.load(set.resourceName, in));
            }
            return tables;
        }
    }
}
