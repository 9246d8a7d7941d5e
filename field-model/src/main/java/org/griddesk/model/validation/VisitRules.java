package org.griddesk.model.validation;

import static org.griddesk.model.record.VisitFields.DATE;
import static org.griddesk.model.record.VisitFields.GRID;
import static org.griddesk.model.record.VisitFields.HOUSEHOLD_ID;
import static org.griddesk.model.record.VisitFields.NOTES;
import static org.griddesk.model.record.VisitFields.PURPOSE;
import static org.griddesk.model.record.VisitFields.WORKER;

final class VisitRules implements RecordRules {

    @Override
    public void check(FieldChecks checks) {
        checks.required(GRID, HOUSEHOLD_ID, DATE, PURPOSE, WORKER);
        checks.gridCode(GRID);
        checks.reference(HOUSEHOLD_ID);
        checks.pastDate(DATE);
        checks.maxLength(PURPOSE, 200);
        checks.maxLength(NOTES, 4000);
        checks.maxLength(WORKER, 100);
    }
}
