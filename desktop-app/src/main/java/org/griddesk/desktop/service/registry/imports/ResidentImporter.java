package org.griddesk.desktop.service.registry.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
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
        RecordIdentities identities = new RecordIdentities(groups, rows, options, ids);
        RowValidation validation = new RowValidation(validator, problems, identities, options, rows.size());
        validation.rowsWithoutHousehold(rows);
        groups.forEach(validation::household);
        markIncompleteHouseholds(groups, problems);
        return assemble(table, rows, groups, identities, problems);
    }

    static void checkCancelled(ImportOptions options) {
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
                                  RecordIdentities identities, ProblemCollector problems) {
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
}
