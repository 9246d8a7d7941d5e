package org.griddesk.desktop.ui.households;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/** One household: its place, its members (relation, age, care flags, masked numbers) and its visits. */
public final class HouseholdDetailView {

    private final HouseholdsViewModel viewModel;
    private final Localization localization;
    private final ListView<MemberRow> members = new ListView<>();
    private final ListView<String> visits = new ListView<>();

    public HouseholdDetailView(HouseholdsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
    }

    public Region build() {
        Label address = new Label();
        address.setId("detailAddress");
        address.getStyleClass().add("workspace-title");
        Label place = new Label();
        place.setId("detailPlace");
        place.setWrapText(true);
        members.setId("memberList");
        members.setCellFactory(list -> new MemberCell());
        members.setPrefHeight(260);
        visits.setId("visitList");
        visits.setPrefHeight(120);
        viewModel.detailProperty().addListener((o, before, now) -> show(now, address, place));
        show(viewModel.detailProperty().get(), address, place);

        Button addResident = button("addResidentButton", "households.detail.addResident", viewModel::newResident);
        Button edit = button("editHouseholdButton", "households.detail.edit", viewModel::editHousehold);
        Button reveal = button("revealIdButton", "households.detail.reveal",
                () -> viewModel.revealIdNumber(members.getSelectionModel().getSelectedItem()));
        Button editResident = button("editResidentButton", "households.detail.editResident",
                () -> viewModel.editResident(selected()));
        Button death = button("recordDeathButton", "households.detail.death", () -> viewModel.recordDeath(selected()));
        Button moveAway = button("recordMoveAwayButton", "households.detail.moveAway",
                () -> viewModel.recordMoveAway(selected()));
        for (Button needsMember : new Button[] {reveal, editResident, death, moveAway}) {
            needsMember.disableProperty().bind(members.getSelectionModel().selectedItemProperty().isNull());
        }
        Label membersTitle = title("households.detail.members");
        Label visitsTitle = title("households.detail.visits");
        Label noVisits = new Label();
        noVisits.textProperty().bind(localization.bind("households.detail.noVisits"));
        noVisits.visibleProperty().bind(Bindings.isEmpty(visits.getItems()));
        noVisits.managedProperty().bind(noVisits.visibleProperty());
        VBox box = new VBox(10, address, place, new HBox(10, edit, addResident), membersTitle, members,
                new HBox(10, editResident, reveal, death, moveAway),
                visitsTitle, noVisits, visits);
        VBox.setVgrow(members, Priority.ALWAYS);
        box.setId("householdDetail");
        box.getStyleClass().add("household-detail");
        return box;
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
            return;
        }
        address.textProperty().unbind();
        address.setText(detail.address());
        place.setText(detail.place() + (detail.houseNo().isEmpty() ? "" : "  " + detail.houseNo()));
        members.getItems().setAll(detail.members());
        visits.getItems().setAll(detail.visits());
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
                text.append("  【").append(localization.lang("households.flag.aged80")).append("】");
            }
            if (member.livingAlone()) {
                text.append("  【").append(localization.lang("households.flag.livingAlone")).append("】");
            }
            if (member.aged80Plus() || member.livingAlone()) {
                getStyleClass().add("care-flag");
            }
            setText(text.toString());
        }
    }
}
