package org.griddesk.desktop.service.registry.imports;

import java.util.List;
import java.util.Map;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.ValidationCode;
import org.griddesk.model.validation.RecordValidator;

/** Validates rows and households with field-model's rules, and reports progress per row. */
final class RowValidation {

    private final RecordValidator validator;
    private final ProblemCollector problems;
    private final RecordIdentities identities;
    private final ImportOptions options;
    private final int total;
    private int done;

    RowValidation(RecordValidator validator, ProblemCollector problems, RecordIdentities identities,
                  ImportOptions options, int total) {
        this.validator = validator;
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
        validator.validate(RecordType.HOUSEHOLD, fields).stream().filter(this::counts)
                .forEach(problem -> problems.addField(sourceRow(group, problem.field()), RecordType.HOUSEHOLD, problem));
        group.rows.forEach(this::resident);
    }

    private void resident(ParsedRow row) {
        ResidentImporter.checkCancelled(options);
        validator.validate(RecordType.RESIDENT, identities.residentFields(row)).stream().filter(this::counts)
                .forEach(problem -> problems.addField(row.number(), RecordType.RESIDENT, problem));
        options.progress().progress(++done, total);
    }

    private void mismatch(ParsedRow row, ImportColumn column, HouseholdGroup.Value household, String stated) {
        if (row.number() != household.row() && household.contradictedBy(stated)) {
            problems.add(row.number(), column, ImportCode.HOUSEHOLD_MISMATCH, String.valueOf(household.row()));
        }
    }

    /** A check without a grid leaves the grid to the import: a row without one is not wrong yet. */
    private boolean counts(FieldProblem problem) {
        return !(options.gridAtImport() && problem.field().equals("grid") && problem.code() == ValidationCode.REQUIRED);
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
