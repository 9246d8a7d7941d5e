package org.griddesk.desktop.service.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The tour model alone: what grew since practice began ticks its step, ticked steps stay, listeners hear it. */
class PracticeTourTest {

    private static final PracticeActivity SEEDED = new PracticeActivity(3, 5, 0, 0);

    @Test
    void onlyWhatGrewSincePracticeBeganTicksItsStep() {
        PracticeTour tour = new PracticeTour(SEEDED);
        List<Set<PracticeStep>> heard = new ArrayList<>();
        tour.onChange(heard::add);

        tour.observe(SEEDED);
        assertEquals(Set.of(), tour.done());
        assertEquals(Optional.of(PracticeStep.FIND_RESIDENT), tour.next());

        tour.observe(new PracticeActivity(4, 5, 0, 0));
        assertEquals(EnumSet.of(PracticeStep.ADD_VISIT), tour.done());
        tour.residentOpened();
        tour.observe(new PracticeActivity(4, 6, 1, 0));
        assertEquals(Optional.of(PracticeStep.SYNC), tour.next());
        assertFalse(tour.finished());

        // a visit removed again (or a draft submitted and gone) does not untick anything
        tour.observe(new PracticeActivity(3, 6, 1, 1));
        assertTrue(tour.finished());
        assertEquals(EnumSet.allOf(PracticeStep.class), tour.done());
        assertEquals(List.of(EnumSet.of(PracticeStep.ADD_VISIT),
                EnumSet.of(PracticeStep.FIND_RESIDENT, PracticeStep.ADD_VISIT),
                EnumSet.of(PracticeStep.FIND_RESIDENT, PracticeStep.ADD_VISIT, PracticeStep.LOG_ISSUE,
                        PracticeStep.FILL_APPLICATION),
                EnumSet.allOf(PracticeStep.class)), heard);
        tour.observe(new PracticeActivity(9, 9, 9, 9));
        assertEquals(4, heard.size());
    }
}
