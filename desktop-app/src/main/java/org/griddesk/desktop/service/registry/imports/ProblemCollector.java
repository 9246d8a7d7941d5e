package org.griddesk.desktop.service.registry.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.model.validation.Messages;

/**
 * Gathers the problems of a dry run per row, puts each on the file column a worker has to fix, and
 * orders them by row and then by column as they stand in the file.
 */
final class ProblemCollector {

    private static final Map<String, ImportColumn> RESIDENT_COLUMNS = Map.of(
            ResidentFields.NAME, ImportColumn.NAME,
            ResidentFields.ID_NUMBER, ImportColumn.ID_NUMBER,
            ResidentFields.SEX, ImportColumn.SEX,
            ResidentFields.BIRTH_DATE, ImportColumn.BIRTH_DATE,
            ResidentFields.ETHNICITY, ImportColumn.ETHNICITY,
            ResidentFields.RELATION, ImportColumn.RELATION,
            ResidentFields.PHONE, ImportColumn.PHONE,
            ResidentFields.GRID, ImportColumn.GRID,
            ResidentFields.HOUSEHOLD_ID, ImportColumn.HOUSEHOLD_NO);
    private static final Map<String, ImportColumn> HOUSEHOLD_COLUMNS = Map.of(
            HouseholdFields.DIVISION_CODE, ImportColumn.DIVISION_CODE,
            HouseholdFields.ADDRESS, ImportColumn.ADDRESS,
            HouseholdFields.GRID, ImportColumn.GRID,
            HouseholdFields.HOUSE_NO, ImportColumn.HOUSEHOLD_NO,
            HouseholdFields.HEAD_ID, ImportColumn.RELATION);

    private final List<String> headers;
    private final ColumnMapping mapping;
    private final Messages messages;
    private final ImportMessages importMessages;
    private final Map<Integer, List<Located>> byRow = new TreeMap<>();
    private final Set<String> seen = new HashSet<>();

    ProblemCollector(List<String> headers, ColumnMapping mapping, Messages messages, ImportMessages importMessages) {
        this.headers = headers;
        this.mapping = mapping;
        this.messages = messages;
        this.importMessages = importMessages;
    }

    void addField(int row, RecordType type, FieldProblem problem) {
        ImportColumn column = (type == RecordType.HOUSEHOLD ? HOUSEHOLD_COLUMNS : RESIDENT_COLUMNS).get(problem.field());
        String message = messages.message(problem);
        if (column == null) {
            add(row, problem.field(), Integer.MAX_VALUE, problem.code().code(), message);
        } else {
            add(row, column, problem.code().code(), message);
        }
    }

    void add(int row, ImportColumn column, ImportCode code, Object... args) {
        add(row, column, code.code(), importMessages.message(code, args));
    }

    boolean hasProblems(int row) {
        return byRow.containsKey(row);
    }

    List<RowProblem> problemsOf(int row) {
        return byRow.getOrDefault(row, List.of()).stream().map(Located::problem).toList();
    }

    List<RowProblem> all() {
        List<RowProblem> all = new ArrayList<>();
        byRow.keySet().forEach(row -> all.addAll(problemsOf(row)));
        return all;
    }

    private void add(int row, ImportColumn column, String code, String message) {
        Integer index = mapping.index(column).orElse(null);
        String name = index != null && index < headers.size() && !headers.get(index).isBlank()
                ? headers.get(index).strip()
                : importMessages.columnLabel(column);
        add(row, name, index == null ? Integer.MAX_VALUE : index, code, message);
    }

    /** A grid problem can be found on the resident and on its household: it is reported once. */
    private void add(int row, String column, int columnIndex, String code, String message) {
        if (!seen.add(row + "\u0000" + column + "\u0000" + code)) {
            return;
        }
        List<Located> problems = byRow.computeIfAbsent(row, r -> new ArrayList<>());
        problems.add(new Located(new RowProblem(row, column, code, message), columnIndex));
        problems.sort(Comparator.comparingInt(Located::columnIndex));
    }

    private record Located(RowProblem problem, int columnIndex) {
    }
}
