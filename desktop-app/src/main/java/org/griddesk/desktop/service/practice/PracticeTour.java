package org.griddesk.desktop.service.practice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The guided first steps of practice mode. A step is done once the worker has really done it: the store is looked
 * at again and again ({@link #observe}), and whatever grew since practice began ticks its step off; finding a
 * resident leaves nothing in the store, so the 住户 workspace reports it ({@link #residentOpened}). Ticked steps
 * stay ticked. Not thread-safe: the screens call it on their one thread.
 */
public final class PracticeTour {

    private final PracticeActivity start;
    private final Set<PracticeStep> done = EnumSet.noneOf(PracticeStep.class);
    private final List<Consumer<Set<PracticeStep>>> listeners = new ArrayList<>();

    public PracticeTour(PracticeActivity start) {
        this.start = start;
    }

    public void residentOpened() {
        tick(EnumSet.of(PracticeStep.FIND_RESIDENT));
    }

    public void observe(PracticeActivity now) {
        Set<PracticeStep> seen = EnumSet.noneOf(PracticeStep.class);
        if (now.visits() > start.visits()) {
            seen.add(PracticeStep.ADD_VISIT);
        }
        if (now.issues() > start.issues()) {
            seen.add(PracticeStep.LOG_ISSUE);
        }
        if (now.applications() > start.applications()) {
            seen.add(PracticeStep.FILL_APPLICATION);
        }
        if (now.completedSyncs() > start.completedSyncs()) {
            seen.add(PracticeStep.SYNC);
        }
        tick(seen);
    }

    private void tick(Set<PracticeStep> steps) {
        if (done.containsAll(steps)) {
            return;
        }
        done.addAll(steps);
        Set<PracticeStep> snapshot = done();
        listeners.forEach(listener -> listener.accept(snapshot));
    }

    public boolean isDone(PracticeStep step) {
        return done.contains(step);
    }

    public Set<PracticeStep> done() {
        return done.isEmpty() ? EnumSet.noneOf(PracticeStep.class) : EnumSet.copyOf(done);
    }

    /** The first step not yet done, the one to suggest next. */
    public Optional<PracticeStep> next() {
        for (PracticeStep step : PracticeStep.values()) {
            if (!done.contains(step)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    public boolean finished() {
        return next().isEmpty();
    }

    /** Told the steps done so far each time one more is ticked off. */
    public void onChange(Consumer<Set<PracticeStep>> listener) {
        listeners.add(listener);
    }
}
