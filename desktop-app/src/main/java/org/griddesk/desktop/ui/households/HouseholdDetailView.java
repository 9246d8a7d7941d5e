package org.griddesk.desktop.ui.households;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.griddesk.desktop.ui.common.ReturnedNotice;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.code.CodeEntry;
import org.griddesk.model.code.CodeSet;

/** One household: its place, its members (relation, age, care flags, masked numbers) and its visits. */
public final class HouseholdDetailView {

    private final HouseholdsViewModel viewModel;
    private final Localization localization;
    private final ListView<MemberRow> members = new ListView<>();
    private final ListView<String> visits = new ListView<>();
    private final ListView<HistoryRow> history = new ListView<>();
    private final Label returned = ReturnedNotice.label("householdReturned");
    private final VBox movePane = new VBox();
    private final TextField moveSearch = new TextField();
    private final ListView<HouseholdRow> moveTargets = new ListView<>();
    private final ComboBox<String> moveRelation = new ComboBox<>();
    private final VBox splitPane = new VBox();
    private final ListView<MemberRow> splitMembers = new ListView<>();
    private final ComboBox<MemberRow> splitHead = new ComboBox<>();

    public HouseholdDetailView(HouseholdsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    public Region build() {
        Label address = new Label();
        address.setId("detailAddress");
        address.getStyleClass().add("workspace-title");
        wrapWhole(address);
        Label place = new Label();
        place.setId("detailPlace");
        wrapWhole(place);
        members.setId("memberList");
        members.setCellFactory(list -> new MemberCell());
        members.setPrefHeight(260);
        visits.setId("visitList");
        visits.setPrefHeight(120);
        viewModel.detailProperty().addListener((o, before, now) -> show(now, address, place));
        show(viewModel.detailProperty().get(), address, place);

        Button addResident = button("addResidentButton", "households.detail.addResident", viewModel::newResident);
        Button edit = button("editHouseholdButton", "households.detail.edit", viewModel::editHousehold);
        Button addVisit = button("addVisitButton", "households.detail.addVisit", viewModel::newVisit);
        Button reveal = button("revealIdButton", "households.detail.reveal",
                () -> viewModel.revealIdNumber(members.getSelectionModel().getSelectedItem()));
        Button editResident = button("editResidentButton", "households.detail.editResident",
                () -> viewModel.editResident(selected()));
        Button death = button("recordDeathButton", "households.detail.death", () -> viewModel.lifeEvents().recordDeath(selected()));
        Button moveAway = button("recordMoveAwayButton", "households.detail.moveAway",
                () -> viewModel.lifeEvents().recordMoveAway(selected()));
        Button move = button("moveResidentButton", "households.detail.move", panes()::openMove);
        Button split = button("splitHouseholdButton", "households.detail.split",
                () -> panes().openSplit(List.copyOf(members.getItems())));
        Button apply = button("applyForResidentButton", "households.detail.apply",
                () -> viewModel.startApplication(selected()));
        split.disableProperty().bind(Bindings.isEmpty(members.getItems()));
        for (Button needsHousehold : new Button[] {addResident, edit, addVisit}) {
            needsHousehold.disableProperty().bind(viewModel.detailProperty().isNull());
        }
        for (Button needsMember : new Button[] {reveal, editResident, death, moveAway, move, apply}) {
            needsMember.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        }
        Label membersTitle = title("households.detail.members");
        Label visitsTitle = title("households.detail.visits");
        Label noVisits = new Label();
        noVisits.textProperty().bind(localization.bind("households.detail.noVisits"));
        noVisits.visibleProperty().bind(Bindings.isEmpty(visits.getItems()));
        noVisits.managedProperty().bind(noVisits.visibleProperty());
        history.setId("historyList");
        history.setPrefHeight(100);
        history.setCellFactory(list -> new HistoryCell());
        Label historyTitle = title("households.detail.history");
        VBox box = new VBox(10, address, place, returned, new FlowPane(10, 8, hint(edit, "households.hint.chooseHousehold"),
                hint(addResident, "households.hint.chooseHousehold"), hint(addVisit, "households.hint.chooseHousehold")),
                membersTitle, members,
                new FlowPane(10, 8, hint(editResident, "households.hint.chooseMember"), hint(reveal, "households.hint.chooseMember"),
                        hint(death, "households.hint.chooseMember"), hint(moveAway, "households.hint.chooseMember"),
                        hint(move, "households.hint.chooseMember"), hint(split, "households.hint.noMembers"),
                        hint(apply, "households.hint.chooseMember")),
                buildMovePane(), buildSplitPane(),
                visitsTitle, noVisits, visits, historyTitle, history);
        VBox.setVgrow(members, Priority.ALWAYS);
        box.setId("householdDetail");
        box.getStyleClass().add("household-detail");
        return box;
    }

    /**
     * 长辈版's larger type cut the prompt and long addresses short: they wrap, and the column under them, where the
     * members list grows, may not squeeze them back to one line.
     */
    private static void wrapWhole(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    private javafx.scene.control.Label hint(Button button, String key) {
        return org.griddesk.desktop.ui.common.DisabledHint.wrap(button, key, localization);
    }

    private MemberPanes panes() {
        return viewModel.memberPanes();
    }

    /** 迁入他户: search a household by address or head, pick the new relation, confirm. */
    private VBox buildMovePane() {
        moveSearch.setId("moveSearch");
        moveSearch.promptTextProperty().bind(localization.bind("households.move.search"));
        moveSearch.textProperty().bindBidirectional(panes().moveSearchProperty());
        moveTargets.setId("moveTargetList");
        moveTargets.setItems(panes().moveTargets());
        moveTargets.getSelectionModel().selectedItemProperty().addListener(
                (o, before, now) -> panes().moveTargetProperty().set(now));
        moveTargets.setPrefHeight(120);
        moveTargets.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(HouseholdRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.address() + "  " + row.headName());
            }
        });
        moveRelation.setId("moveRelation");
        moveRelation.valueProperty().bindBidirectional(panes().moveRelationProperty());
        moveRelation.getItems().setAll(CodeSet.RELATION.table().entries().stream().map(CodeEntry::code).toList());
        moveRelation.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : RegistryRows.codeName(CodeSet.RELATION, code, localization.getLocale());
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        Button confirm = button("moveConfirmButton", "households.move.confirmButton",
                () -> panes().confirmMove(selected()));
        confirm.disableProperty().bind(panes().moveChosen().not()
                .or(members.getSelectionModel().selectedItemProperty().isNull()));
        Button cancel = button("moveCancelButton", "households.form.cancel", panes()::close);
        movePane.getChildren().setAll(title("households.move.title"), moveSearch, moveTargets,
                new HBox(10, moveRelation, confirm, cancel));
        movePane.setId("movePane");
        shownWhen(movePane, panes().moveShownProperty());
        clearOnOpening(moveTargets, panes().moveShownProperty());
        return movePane;
    }

    /** 分户: choose the members that leave together and who heads the new household, confirm. */
    private VBox buildSplitPane() {
        splitMembers.setId("splitMemberList");
        splitMembers.setItems(panes().splitCandidates());
        splitMembers.setPrefHeight(120);
        splitMembers.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        splitMembers.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MemberRow member, boolean empty) {
                super.updateItem(member, empty);
                setText(empty || member == null ? null : member.name() + "  " + member.relation());
            }
        });
        splitHead.setId("splitHead");
        splitHead.setItems(panes().headChoices());
        splitHead.valueProperty().bindBidirectional(panes().splitHeadProperty());
        splitHead.setConverter(new StringConverter<>() {
            @Override
            public String toString(MemberRow member) {
                return member == null ? "" : member.name();
            }

            @Override
            public MemberRow fromString(String text) {
                return null;
            }
        });
        splitMembers.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<MemberRow>) change ->
                        panes().choose(List.copyOf(splitMembers.getSelectionModel().getSelectedItems())));
        Button confirm = button("splitConfirmButton", "households.split.confirmButton", panes()::confirmSplit);
        confirm.disableProperty().bind(panes().splitHeadProperty().isNull());
        Button cancel = button("splitCancelButton", "households.form.cancel", panes()::close);
        Label hint = new Label();
        hint.textProperty().bind(localization.bind("households.split.hint"));
        splitPane.getChildren().setAll(title("households.split.title"), hint, splitMembers,
                new HBox(10, splitHead, confirm, cancel));
        splitPane.setId("splitPane");
        shownWhen(splitPane, panes().splitShownProperty());
        clearOnOpening(splitMembers, panes().splitShownProperty());
        return splitPane;
    }

    /** A pane opens with nothing chosen in its list. */
    private static void clearOnOpening(ListView<?> list, javafx.beans.value.ObservableBooleanValue shown) {
        shown.addListener((o, was, now) -> {
            if (now) {
                list.getSelectionModel().clearSelection();
            }
        });
    }

    private static void shownWhen(VBox pane, javafx.beans.value.ObservableBooleanValue shown) {
        pane.setSpacing(6);
        pane.visibleProperty().bind(shown);
        pane.managedProperty().bind(pane.visibleProperty());
    }

    private MemberRow selected() {
        return members.getSelectionModel().getSelectedItem();
    }

    private void show(HouseholdDetail detail, Label address, Label place) {
        if (detail == null) {
            address.textProperty().unbind();
            address.textProperty().bind(localization.bind("households.detail.none"));
            place.setText("");
            members.getItems().clear();
            visits.getItems().clear();
            history.getItems().clear();
            ReturnedNotice.show(returned, List.of(), "returned.household", localization);
            return;
        }
        ReturnedNotice.show(returned, detail.returned().stream()
                .map(each -> new ReturnedNotice.Entry(each.memberName(), each.review())).toList(),
                "returned.household", localization);
        address.textProperty().unbind();
        address.setText(detail.address());
        place.setText(detail.place() + (detail.houseNo().isEmpty() ? "" : "  " + detail.houseNo()));
        members.getItems().setAll(detail.members());
        visits.getItems().setAll(detail.visits());
        history.getItems().setAll(detail.history());
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(localization.bind(key));
        button.setOnAction(event -> action.run());
        return button;
    }

    private Label title(String key) {
        Label label = new Label();
        label.getStyleClass().add("section-title");
        label.textProperty().bind(localization.bind(key));
        return label;
    }

    /** Date, who (if a member) and the event in the UI's language. */
    private final class HistoryCell extends ListCell<HistoryRow> {
        @Override
        protected void updateItem(HistoryRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.date() + "  " + (row.who().isEmpty() ? "" : row.who() + "  ")
                    + localization.lang("households.history." + row.event()));
        }
    }

    /** Name, relation, age, status, the masked (or revealed) number, and the care flags highlighted. */
    private final class MemberCell extends ListCell<MemberRow> {
        @Override
        protected void updateItem(MemberRow member, boolean empty) {
            super.updateItem(member, empty);
            getStyleClass().remove("care-flag");
            if (empty || member == null) {
                setText(null);
                return;
            }
            StringBuilder text = new StringBuilder(member.name()).append("  ").append(member.relation());
            if (!member.age().isEmpty()) {
                text.append("  ").append(localization.lang("households.member.age", member.age()));
            }
            text.append("  ").append(member.status()).append("  ")
                    .append(member.revealedIdNumber() != null ? member.revealedIdNumber() : member.maskedIdNumber());
            if (!member.maskedPhone().isEmpty()) {
                text.append("  ").append(member.maskedPhone());
            }
            if (member.aged80Plus()) {
                text.append("  ").append(localization.lang("list.tag", localization.lang("households.flag.aged80")));
            }
            if (member.livingAlone()) {
                text.append("  ").append(localization.lang("list.tag", localization.lang("households.flag.livingAlone")));
            }
            if (member.aged80Plus() || member.livingAlone()) {
                getStyleClass().add("care-flag");
            }
            setText(text.toString());
        }
    }
}
