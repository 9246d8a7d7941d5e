package org.griddesk.model.validation;

import static org.griddesk.model.record.GridFields.DIVISION_CODE;
import static org.griddesk.model.record.GridFields.GRID;
import static org.griddesk.model.record.GridFields.NAME;

final class GridRules implements RecordRules {

    @Override
    public void check(FieldChecks checks) {
        checks.required(GRID, NAME);
        checks.gridCode(GRID);
        checks.maxLength(NAME, 100);
        checks.divisionCode(DIVISION_CODE);
    }
}
