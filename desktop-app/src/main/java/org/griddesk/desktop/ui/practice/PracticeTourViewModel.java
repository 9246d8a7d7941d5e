package org.griddesk.desktop.ui.practice;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.griddesk.desktop.service.practice.PracticeStep;
import org.griddesk.desktop.service.practice.PracticeTour;
import org.griddesk.desktop.ui.shell.Workspace;

/** The tour as the side panel shows it: one line per step with its workspace and whether it is done. */
public final class PracticeTourViewModel {

    static final Map<PracticeStep, Workspace> WHERE = Map.of(
            PracticeStep.FIND_RESIDENT, Workspace.HOUSEHOLDS,
            PracticeStep.ADD_VISIT, Workspace.HOUSEHOLDS,
            PracticeStep.LOG_ISSUE, Workspace.ISSUES,
            PracticeStep.FILL_APPLICATION, Workspace.APPLICATIONS,
            PracticeStep.SYNC, Workspace.SYNC);

    /** One step: {@code id} names its bundle keys ({@code practice.step.<id>.title/hint}) and control ids. */
    public record StepLine(String id, Workspace workspace, ReadOnlyBooleanProperty done) {
    }

    private final List<StepLine> lines;
    private final Map<PracticeStep, ReadOnlyBooleanWrapper> done;
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final BooleanProperty shown;
    private final Consumer<Workspace> open;

    PracticeTourViewModel(PracticeTour tour, BooleanProperty shown, Consumer<Workspace> open) {
        this.shown = shown;
        this.open = open;
        this.done = new java.util.EnumMap<>(PracticeStep.class);
        for (PracticeStep step : PracticeStep.values()) {
            done.put(step, new ReadOnlyBooleanWrapper(this, step.id()));
        }
        this.lines = java.util.Arrays.stream(PracticeStep.values())
                .map(step -> new StepLine(step.id(), WHERE.get(step), done.get(step).getReadOnlyProperty()))
                .toList();
        show(tour.done(), tour.finished());
        tour.onChange(steps -> show(steps, tour.finished()));
    }

    private void show(Set<PracticeStep> steps, boolean allDone) {
        done.forEach((step, property) -> property.set(steps.contains(step)));
        finished.set(allDone);
    }

    public List<StepLine> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public void goTo(StepLine line) {
        open.accept(line.workspace());
    }

    public void hide() {
        shown.set(false);
    }
}
