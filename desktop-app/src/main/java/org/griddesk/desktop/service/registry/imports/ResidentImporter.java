package org.griddesk.desktop.service.registry.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.model.validation.Messages;
import org.griddesk.model.validation.RecordValidator;

/**
 * The dry run of a resident list import: every row understood and validated with field-model's rules,
 * the file checked as a whole (an identity number twice, each 户号 one household with exactly one head
 * and one address), and the records that confirming would write. A household is imported whole or not
 * at all, so that the file of invalid rows, once fixed, can be imported by itself.
 */
public final class ResidentImporter {

    /** GB/T 4761's "家庭户": a list of residents by 户号 describes family households. */
    private static final String FAMILY_HOUSEHOLD = "1";

    private final RecordValidator validator;
    private final UuidV7Generator ids;
    private final Messages messages;
    private final ImportMessages importMessages;

    public ResidentImporter(RecordValidator validator, UuidV7Generator ids, Locale locale) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.messages = Messages.forLocale(locale);
        this.importMessages = ImportMessages.forLocale(locale);
    }

    public ImportResult dryRun(ImportTable table, ColumnMapping mapping, ImportOptions options) {
        ProblemCollector problems = new ProblemCollector(table.headers(), mapping, messages, importMessages);
        List<ParsedRow> rows = new ArrayList<>(table.rows().size());
        for (ImportRow row : table.rows()) {
            checkCancelled(options);
            rows.add(ParsedRow.parse(row, mapping));
        }
        findDuplicateIdNumbers(rows, problems);
        List<HouseholdGroup> groups = groupByHouseholdNo(rows);
        Identities identities = new Identities(groups, rows, options);
        Validation validation = new Validation(problems, identities, options, rows.size());
        validation.rowsWithoutHousehold(rows);
        groups.forEach(validation::household);
        markIncompleteHouseholds(groups, problems);
        return assemble(table, rows, groups, identities, problems);
    }

    private static void checkCancelled(ImportOptions options) {
        if (options.cancelled().getAsBoolean()) {
            throw new ImportCancelledException();
        }
    }

    private static void findDuplicateIdNumbers(List<ParsedRow> rows, ProblemCollector problems) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (ParsedRow row : rows) {
            if (row.idNumber().isEmpty()) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(row.idNumber(), row.number());
            if (first != null) {
                problems.add(row.number(), ImportColumn.ID_NUMBER, ImportCode.DUPLICATE_ID_NUMBER, String.valueOf(first));
            }
        }
    }

    private static List<HouseholdGroup> groupByHouseholdNo(List<ParsedRow> rows) {
        Map<String, List<ParsedRow>> byNo = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.householdNo().isEmpty())
                .forEach(row -> byNo.computeIfAbsent(row.householdNo(), no -> new ArrayList<>()).add(row));
        return byNo.entrySet().stream().map(e -> new HouseholdGroup(e.getKey(), e.getValue())).toList();
    }

    private void markIncompleteHouseholds(List<HouseholdGroup> groups, ProblemCollector problems) {
        for (HouseholdGroup group : groups) {
            List<String> badRows = group.rows.stream().filter(row -> problems.hasProblems(row.number()))
                    .map(row -> String.valueOf(row.number())).toList();
            if (badRows.isEmpty()) {
                continue;
            }
            String listed = String.join(importMessages.listSeparator(), badRows);
            group.rows.stream().filter(row -> !problems.hasProblems(row.number())).toList()
                    .forEach(row -> problems.add(row.number(), ImportColumn.HOUSEHOLD_NO,
                            ImportCode.HOUSEHOLD_ROW_INVALID, listed));
        }
    }

    private ImportResult assemble(ImportTable table, List<ParsedRow> rows, List<HouseholdGroup> groups,
                                  Identities identities, ProblemCollector problems) {
        List<ImportedRecord> households = new ArrayList<>();
        List<ImportedRecord> residents = new ArrayList<>();
        for (HouseholdGroup group : groups) {
            if (group.rows.stream().anyMatch(row -> problems.hasProblems(row.number()))) {
                continue;
            }
            households.add(new ImportedRecord(
                    FieldRecord.created(RecordType.HOUSEHOLD, identities.householdId(group), identities.householdFields(group)),
                    identities.householdExists(group) ? ImportAction.UPDATE : ImportAction.CREATE));
            for (ParsedRow row : group.rows) {
                residents.add(new ImportedRecord(
                        FieldRecord.created(RecordType.RESIDENT, identities.residentId(row), identities.residentFields(row)),
                        identities.residentExists(row) ? ImportAction.UPDATE : ImportAction.CREATE));
            }
        }
        List<InvalidRow> invalid = rows.stream().filter(row -> problems.hasProblems(row.number()))
                .map(row -> new InvalidRow(row.source(), problems.problemsOf(row.number()))).toList();
        ImportCounts counts = new ImportCounts(rows.size() - invalid.size(), invalid.size(),
                count(residents, ImportAction.CREATE), count(residents, ImportAction.UPDATE),
                count(households, ImportAction.CREATE), count(households, ImportAction.UPDATE));
        return new ImportResult(table.header(), households, residents, invalid, problems.all(), counts);
    }

    private static int count(List<ImportedRecord> records, ImportAction action) {
        return (int) records.stream().filter(r -> r.action() == action).count();
    }

    /** Validates rows and households with field-model's rules, and reports progress per row. */
    private final class Validation {

        private final ProblemCollector problems;
        private final Identities identities;
        private final ImportOptions options;
        private final int total;
        private int done;

        Validation(ProblemCollector problems, Identities identities, ImportOptions options, int total) {
            this.problems = problems;
            this.identities = identities;
            this.options = options;
            this.total = total;
        }

        void rowsWithoutHousehold(List<ParsedRow> rows) {
            rows.stream().filter(row -> row.householdNo().isEmpty()).forEach(this::resident);
        }

        void household(HouseholdGroup group) {
            if (group.heads.isEmpty()) {
                group.rows.forEach(row -> problems.add(row.number(), ImportColumn.RELATION,
                        ImportCode.HOUSEHOLD_NO_HEAD, group.householdNo));
            } else if (group.heads.size() > 1) {
                group.heads.forEach(row -> problems.add(row.number(), ImportColumn.RELATION,
                        ImportCode.HOUSEHOLD_SEVERAL_HEADS, group.householdNo));
            }
            for (ParsedRow row : group.rows) {
                mismatch(row, ImportColumn.ADDRESS, group.address, row.address());
                mismatch(row, ImportColumn.DIVISION_CODE, group.divisionCode, row.divisionCode());
                mismatch(row, ImportColumn.GRID, group.grid, row.grid());
            }
            Map<String, Object> fields = identities.householdFields(group);
            validator.validate(RecordType.HOUSEHOLD, fields)
                    .forEach(problem -> problems.addField(sourceRow(group, problem.field()), RecordType.HOUSEHOLD, problem));
            group.rows.forEach(this::resident);
        }

        private void resident(ParsedRow row) {
            checkCancelled(options);
            validator.validate(RecordType.RESIDENT, identities.residentFields(row))
                    .forEach(problem -> problems.addField(row.number(), RecordType.RESIDENT, problem));
            options.progress().progress(++done, total);
        }

        private void mismatch(ParsedRow row, ImportColumn column, HouseholdGroup.Value household, String stated) {
            if (row.number() != household.row() && household.contradictedBy(stated)) {
                problems.add(row.number(), column, ImportCode.HOUSEHOLD_MISMATCH, String.valueOf(household.row()));
            }
        }

        /** A household problem belongs on the row its value was read from. */
        private int sourceRow(HouseholdGroup group, String field) {
            return switch (field) {
                case HouseholdFields.ADDRESS -> group.address.row();
                case HouseholdFields.DIVISION_CODE -> group.divisionCode.row();
                case HouseholdFields.GRID -> group.grid.row();
                default -> group.reference().number();
            };
        }
    }

    /**
     * Record ids for every row and household, decided before validation so that the records validated
     * are the records written: a resident found by identity number keeps its id, and its household too.
     */
    private final class Identities {

        // Rows are records whose equality compares every cell; identity is what is meant here, and far cheaper.
        private final Map<ParsedRow, String> residentIds = new IdentityHashMap<>();
        private final Map<ParsedRow, Boolean> residentExists = new IdentityHashMap<>();
        private final Map<HouseholdGroup, String> householdIds = new HashMap<>();
        private final Map<HouseholdGroup, Boolean> householdExists = new HashMap<>();
        private final Map<ParsedRow, HouseholdGroup> groupOf = new IdentityHashMap<>();
        private final String defaultGrid;

        Identities(List<HouseholdGroup> groups, List<ParsedRow> rows, ImportOptions options) {
            this.defaultGrid = options.defaultGrid();
            ExistingResidents existing = options.existing();
            Map<ParsedRow, String> storedHousehold = new IdentityHashMap<>();
            for (ParsedRow row : rows) {
                Optional<ExistingResident> found = row.idNumber().isEmpty() ? Optional.empty() : existing.find(row.idNumber());
                residentIds.put(row, found.map(ExistingResident::residentId).orElseGet(ids::nextId));
                residentExists.put(row, found.isPresent());
                found.map(ExistingResident::householdId).ifPresent(h -> storedHousehold.put(row, h));
            }
            for (HouseholdGroup group : groups) {
                Optional<String> stored = group.rows.stream().map(storedHousehold::get).filter(Objects::nonNull).findFirst();
                householdIds.put(group, stored.orElseGet(ids::nextId));
                householdExists.put(group, stored.isPresent());
                group.rows.forEach(row -> groupOf.put(row, group));
            }
        }

        String residentId(ParsedRow row) {
            return residentIds.get(row);
        }

        boolean residentExists(ParsedRow row) {
            return residentExists.get(row);
        }

        String householdId(HouseholdGroup group) {
            return householdIds.get(group);
        }

        boolean householdExists(HouseholdGroup group) {
            return householdExists.get(group);
        }

        Map<String, Object> residentFields(ParsedRow row) {
            Map<String, Object> fields = new LinkedHashMap<>();
            putIfPresent(fields, ResidentFields.GRID, gridOf(row));
            HouseholdGroup group = groupOf.get(row);
            if (group != null) {
                fields.put(ResidentFields.HOUSEHOLD_ID, householdIds.get(group));
            }
            fields.putAll(row.residentFields());
            return fields;
        }

        Map<String, Object> householdFields(HouseholdGroup group) {
            Map<String, Object> fields = new LinkedHashMap<>();
            putIfPresent(fields, HouseholdFields.GRID, gridOf(group));
            putIfPresent(fields, HouseholdFields.DIVISION_CODE, group.divisionCode.text());
            putIfPresent(fields, HouseholdFields.ADDRESS, group.address.text());
            fields.put(HouseholdFields.HOUSE_NO, group.householdNo);
            fields.put(HouseholdFields.HOUSEHOLD_TYPE, FAMILY_HOUSEHOLD);
            if (group.heads.size() == 1) {
                fields.put(HouseholdFields.HEAD_ID, residentIds.get(group.heads.get(0)));
            }
            return fields;
        }

        /** A row's own grid, else its household's, else the worker's. */
        private String gridOf(ParsedRow row) {
            if (!row.grid().isEmpty()) {
                return row.grid();
            }
            HouseholdGroup group = groupOf.get(row);
            return group == null ? defaultGrid : gridOf(group);
        }

        private String gridOf(HouseholdGroup group) {
            return group.grid.text().isEmpty() ? defaultGrid : group.grid.text();
        }

        private void putIfPresent(Map<String, Object> fields, String name, String value) {
            if (value != null && !value.isEmpty()) {
                fields.put(name, value);
            }
        }
    }
}
