package org.griddesk.desktop.service.registry.imports;

/**
 * One problem of one row: the row as Excel numbers it (header is row 1), the column's header as written
 * in the file, a stable code (a field-model validation code or an import code such as
 * {@code duplicate_id_number}) and a translated message. The refused value itself is never included.
 */
public record RowProblem(int row, String column, String code, String message) {
}
