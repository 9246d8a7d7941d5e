package org.griddesk.desktop.ui.households;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The two panes under a household's members, at most one open: 迁入他户 (search a household by address or head, pick
 * the member's new relation) and 分户 (choose who leaves together and who heads the new household). Confirming closes
 * the pane and hands the choice to {@link HouseholdLifeEvents}, which asks the worker first.
 */
public final class MemberPanes {

    /** Moves a member into a household with a relation there. */
    @FunctionalInterface
    interface MoveAction {
        void move(MemberRow member, HouseholdRow target, String relation);
    }

    private final Function<String, List<HouseholdRow>> moveTargetsFor;
    private final MoveAction move;
    private final BiConsumer<List<MemberRow>, MemberRow> split;

    private final BooleanProperty moveShown = new SimpleBooleanProperty(this, "moveShown");
    private final StringProperty moveSearch = new SimpleStringProperty(this, "moveSearch", "");
    private final ObservableList<HouseholdRow> moveTargets = FXCollections.observableArrayList();
    private final ObjectProperty<HouseholdRow> moveTarget = new SimpleObjectProperty<>(this, "moveTarget");
    private final ObjectProperty<String> moveRelation = new SimpleObjectProperty<>(this, "moveRelation");
    private final BooleanBinding moveChosen = moveTarget.isNotNull().and(moveRelation.isNotNull());

    private final BooleanProperty splitShown = new SimpleBooleanProperty(this, "splitShown");
    private final ObservableList<MemberRow> splitCandidates = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> leaving = FXCollections.observableArrayList();
    private final ObservableList<MemberRow> headChoices = FXCollections.observableArrayList();
    private final ObjectProperty<MemberRow> splitHead = new SimpleObjectProperty<>(this, "splitHead");

    MemberPanes(Function<String, List<HouseholdRow>> moveTargetsFor, MoveAction move,
                BiConsumer<List<MemberRow>, MemberRow> split) {
        this.moveTargetsFor = moveTargetsFor;
        this.move = move;
        this.split = split;
        moveSearch.addListener((o, before, now) -> moveTargets.setAll(moveTargetsFor.apply(now)));
    }

    /** For the view-model's own life events. */
    static MemberPanes of(HouseholdLifeEvents events) {
        return new MemberPanes(events::moveTargets, events::moveResident, events::splitHousehold);
    }

    public void openMove() {
        splitShown.set(false);
        moveSearch.set("");
        moveTargets.setAll(moveTargetsFor.apply(""));
        moveTarget.set(null);
        moveRelation.set(null);
        moveShown.set(true);
    }

    public void confirmMove(MemberRow member) {
        HouseholdRow target = moveTarget.get();
        String relation = moveRelation.get();
        moveShown.set(false);
        move.move(member, target, relation);
    }

    public void openSplit(List<MemberRow> members) {
        moveShown.set(false);
        splitCandidates.setAll(members);
        choose(List.of());
        splitShown.set(true);
    }

    /** The members chosen to leave; the head stays when still among them, else the first of them heads. */
    public void choose(List<MemberRow> members) {
        MemberRow head = splitHead.get();
        leaving.setAll(members);
        headChoices.setAll(members);
        splitHead.set(head != null && members.contains(head) ? head : members.stream().findFirst().orElse(null));
    }

    public void confirmSplit() {
        List<MemberRow> chosen = List.copyOf(leaving);
        MemberRow head = splitHead.get();
        splitShown.set(false);
        split.accept(chosen, head);
    }

    /** Another household shown, or cancel: both panes close. */
    public void close() {
        moveShown.set(false);
        splitShown.set(false);
    }

    public BooleanProperty moveShownProperty() {
        return moveShown;
    }

    public StringProperty moveSearchProperty() {
        return moveSearch;
    }

    public ObservableList<HouseholdRow> moveTargets() {
        return moveTargets;
    }

    public ObjectProperty<HouseholdRow> moveTargetProperty() {
        return moveTarget;
    }

    public ObjectProperty<String> moveRelationProperty() {
        return moveRelation;
    }

    /** A household and a relation are chosen. */
    public BooleanBinding moveChosen() {
        return moveChosen;
    }

    public BooleanProperty splitShownProperty() {
        return splitShown;
    }

    public ObservableList<MemberRow> splitCandidates() {
        return splitCandidates;
    }

    public ObservableList<MemberRow> headChoices() {
        return headChoices;
    }

    public ObjectProperty<MemberRow> splitHeadProperty() {
        return splitHead;
    }
}
