package org.griddesk.desktop.service.registry.imports;

import java.util.List;
import java.util.function.Function;

/**
 * The rows sharing one 户号. The household's address, division and grid are taken from its head's row
 * (or, lacking a single head, the first row stating them); other rows may leave them empty but must
 * not state anything else.
 */
final class HouseholdGroup {

    final String householdNo;
    final List<ParsedRow> rows;
    final List<ParsedRow> heads;
    final Value address;
    final Value divisionCode;
    final Value grid;

    HouseholdGroup(String householdNo, List<ParsedRow> rows) {
        this.householdNo = householdNo;
        this.rows = List.copyOf(rows);
        this.heads = rows.stream().filter(ParsedRow::isHead).toList();
        this.address = value(ParsedRow::address);
        this.divisionCode = value(ParsedRow::divisionCode);
        this.grid = value(ParsedRow::grid);
    }

    /** The row whose values stand for the household. */
    ParsedRow reference() {
        return heads.size() == 1 ? heads.get(0) : rows.get(0);
    }

    private Value value(Function<ParsedRow, String> column) {
        ParsedRow reference = reference();
        if (!column.apply(reference).isEmpty()) {
            return new Value(column.apply(reference), reference.number());
        }
        return rows.stream().filter(row -> !column.apply(row).isEmpty()).findFirst()
                .map(row -> new Value(column.apply(row), row.number()))
                .orElse(new Value("", reference.number()));
    }

    /** A household value and the row it was read from. */
    record Value(String text, int row) {
        boolean contradictedBy(String other) {
            return !other.isEmpty() && !other.equals(text);
        }
    }
}
