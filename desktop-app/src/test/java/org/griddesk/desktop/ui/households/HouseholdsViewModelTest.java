package org.griddesk.desktop.ui.households;

import static org.griddesk.desktop.service.registry.RegistryFixtures.GRID;
import static org.griddesk.desktop.service.registry.RegistryFixtures.ZHANG_SAN_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.AuditLog;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.griddesk.desktop.ui.testing.RecordingDialogService;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.record.VisitFields;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 住户 view-model without a screen: forms, drafts, filters, undo and the audited reveal. */
class HouseholdsViewModelTest {

    @TempDir
    Path dataDir;

    private EncryptedDeviceSession session;
    private AuditLog audit;
    private RegistryService registry;
    private final Map<String, Map<String, String>> drafts = new HashMap<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private HouseholdsViewModel viewModel;

    private final DraftStore draftStore = new DraftStore() {
        @Override
        public Optional<Map<String, String>> read(String form) {
            return Optional.ofNullable(drafts.get(form));
        }

        @Override
        public void write(String form, Map<String, String> fields) {
            drafts.put(form, Map.copyOf(fields));
        }

        @Override
        public void discard(String form) {
            drafts.remove(form);
        }
    };

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "住户-视图模型-2026");
        audit = RegistryFixtures.auditOf(session);
        registry = RegistryFixtures.registry(new InMemoryDeviceStore(), audit);
        viewModel = newViewModel();
        viewModel.load();
    }

    private HouseholdsViewModel newViewModel() {
        return new HouseholdsViewModel(progress -> registry, draftStore, new CurrentThreadTaskExecutor(), dialogs,
                new Localization(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String addHousehold(String address) {
        viewModel.newHousehold();
        FormFields form = viewModel.formProperty().get().fields();
        form.value(HouseholdFields.ADDRESS).set(address);
        form.value(HouseholdFields.DIVISION_CODE).set(GRID);
        form.value(HouseholdFields.GRID).set(GRID);
        viewModel.formProperty().get().save();
        return viewModel.detailProperty().get().id();
    }

    private void addZhangSan() {
        viewModel.newResident();
        FormFields form = viewModel.formProperty().get().fields();
        form.value(ResidentFields.NAME).set("张三");
        form.value(ResidentFields.ID_NUMBER).set(ZHANG_SAN_ID);
        form.value(ResidentFields.SEX).set("1");
        form.value(ResidentFields.BIRTH_DATE).set("1990-03-07");
        viewModel.formProperty().get().save();
    }

    @Test
    void aNewHouseholdsGridAndDivisionArePickedByName() {
        viewModel.newHousehold();
        RecordFormViewModel first = viewModel.formProperty().get();
        assertNull(first.choices(HouseholdFields.GRID), "no grid known yet: the code is typed");
        first.cancel();
        addHousehold("东方广场1号");

        viewModel.newHousehold();
        RecordFormViewModel form = viewModel.formProperty().get();
        assertEquals(List.of(GRID), form.choices(HouseholdFields.GRID).stream().map(CodeChoice::code).toList());
        assertEquals(GRID, form.fields().value(HouseholdFields.GRID).get(), "the shown household's grid");
        Localization chinese = new Localization(Locale.SIMPLIFIED_CHINESE);
        List<String> divisions = form.choices(HouseholdFields.DIVISION_CODE).stream()
                .map(choice -> chinese.lang(choice.label())).toList();
        assertTrue(divisions.contains("东方广场社区居民委员会（500101001001）"), divisions.toString());
        assertTrue(divisions.contains("高笋塘街道（500101001）"), divisions.toString());
        assertEquals(GRID, form.fields().value(HouseholdFields.DIVISION_CODE).get());
    }

    @Test
    void aSavedHouseholdOpensItsDetailAndAppearsInTheList() {
        String id = addHousehold("东方广场1号");

        assertNull(viewModel.formProperty().get());
        assertEquals("东方广场1号", viewModel.detailProperty().get().address());
        assertEquals(List.of(id), viewModel.households().stream().map(HouseholdRow::id).toList());
        assertEquals(List.of(GRID), viewModel.grids());
        assertTrue(viewModel.canUndoProperty().get());
    }

    @Test
    void aMissingAddressStaysOnItsFieldAndTheFormStaysOpen() {
        viewModel.newHousehold();
        RecordFormViewModel form = viewModel.formProperty().get();
        form.fields().value(HouseholdFields.DIVISION_CODE).set(GRID);
        form.fields().value(HouseholdFields.GRID).set(GRID);

        form.save();

        assertEquals("required", form.fields().problem(HouseholdFields.ADDRESS).get().code().code());
        assertNull(form.fields().problem(HouseholdFields.GRID).get());
        assertTrue(registry.households().isEmpty());
        assertEquals(form, viewModel.formProperty().get());
    }

    @Test
    void anOpenFormComesBackFromItsDraftAndASaveDiscardsTheDraft() {
        viewModel.newHousehold();
        viewModel.formProperty().get().fields().value(HouseholdFields.ADDRESS).set("河边村3号");
        assertEquals("河边村3号", drafts.get("household:new").get(HouseholdFields.ADDRESS));

        HouseholdsViewModel reopened = newViewModel();
        reopened.load();
        reopened.newHousehold();
        RecordFormViewModel form = reopened.formProperty().get();
        assertEquals("河边村3号", form.fields().value(HouseholdFields.ADDRESS).get());

        form.fields().value(HouseholdFields.DIVISION_CODE).set(GRID);
        form.fields().value(HouseholdFields.GRID).set(GRID);
        form.save();
        assertFalse(drafts.containsKey("household:new"));
    }

    @Test
    void revealingAsksFirstAndIsAudited() {
        addHousehold("东方广场1号");
        addZhangSan();
        MemberRow zhang = viewModel.detailProperty().get().members().get(0);
        assertEquals("5001**********1236", zhang.maskedIdNumber());
        assertEquals("户主", zhang.relation());
        assertEquals("36", zhang.age());

        dialogs.answerConfirmationsWith(false);
        viewModel.revealIdNumber(zhang);
        assertNull(viewModel.detailProperty().get().members().get(0).revealedIdNumber());
        assertTrue(audit.entriesFor("resident", zhang.id()).isEmpty());

        dialogs.answerConfirmationsWith(true);
        viewModel.revealIdNumber(zhang);
        assertEquals(ZHANG_SAN_ID, viewModel.detailProperty().get().members().get(0).revealedIdNumber());
        assertEquals("reveal_id", audit.entriesFor("resident", zhang.id()).get(0).action());
    }

    @Test
    void searchAndCareFiltersNarrowTheList() {
        addHousehold("东方广场1号");
        addZhangSan();
        addHousehold("河边村3号");

        viewModel.queryProperty().set("zs");
        assertEquals(List.of("张三"), viewModel.searchResults().stream().map(SearchRow::name).toList());

        viewModel.careFilterProperty().set(CareFilter.LIVING_ALONE);
        assertEquals(List.of("东方广场1号"), viewModel.households().stream().map(HouseholdRow::address).toList());
        viewModel.careFilterProperty().set(CareFilter.AGED_80_PLUS);
        assertTrue(viewModel.households().isEmpty());
    }

    @Test
    void undoTakesBackTheLastEdit() {
        String id = addHousehold("东方广场1号");
        viewModel.editHousehold();
        RecordFormViewModel form = viewModel.formProperty().get();
        assertEquals("东方广场1号", form.fields().value(HouseholdFields.ADDRESS).get());
        form.fields().value(HouseholdFields.ADDRESS).set("东方广场2号");
        form.save();
        assertEquals("东方广场2号", viewModel.detailProperty().get().address());

        viewModel.undo();

        assertEquals("东方广场1号", viewModel.detailProperty().get().address());
        assertEquals(id, viewModel.detailProperty().get().id());
    }

    @Test
    void aDeathIsConfirmedAndKeptAsStatusAndHistory() {
        addHousehold("东方广场1号");
        addZhangSan();
        MemberRow zhang = viewModel.detailProperty().get().members().get(0);

        dialogs.answerConfirmationsWith(true);
        viewModel.lifeEvents().recordDeath(zhang);

        MemberRow after = viewModel.detailProperty().get().members().get(0);
        assertEquals("死亡", after.status());
        assertFalse(after.livingAlone(), "a deceased resident needs no care visits");
        assertEquals("deceased", registry.resident(zhang.id()).orElseThrow().string(ResidentFields.STATUS).orElseThrow());
        assertEquals(1, org.griddesk.desktop.service.registry.History.entries(registry.resident(zhang.id()).orElseThrow()).size());
    }

    @Test
    void editingAResidentOpensTheFormFilledAndSavesTheChange() {
        addHousehold("东方广场1号");
        addZhangSan();
        MemberRow zhang = viewModel.detailProperty().get().members().get(0);

        viewModel.editResident(zhang);
        RecordFormViewModel form = viewModel.formProperty().get();
        assertEquals(ZHANG_SAN_ID, form.fields().value(ResidentFields.ID_NUMBER).get());
        form.fields().value(ResidentFields.PHONE).set("13812345678");
        form.save();

        assertEquals("138****5678", viewModel.detailProperty().get().members().get(0).maskedPhone());
    }

    private void addLiSi() {
        viewModel.newResident();
        FormFields form = viewModel.formProperty().get().fields();
        form.value(ResidentFields.NAME).set("李四");
        form.value(ResidentFields.ID_NUMBER).set(RegistryFixtures.LI_SI_ID);
        form.value(ResidentFields.SEX).set("2");
        form.value(ResidentFields.BIRTH_DATE).set("1992-05-10");
        form.value(ResidentFields.RELATION).set("10");
        viewModel.formProperty().get().save();
    }

    private MemberRow member(String name) {
        return viewModel.detailProperty().get().members().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void movingAResidentAsksFirstFindsTheTargetByAddressAndKeepsTheMoveInTheHistory() {
        String target = addHousehold("西湖路8号");
        String origin = addHousehold("东方广场1号");
        addZhangSan();
        addLiSi();
        MemberRow li = member("李四");

        List<HouseholdRow> found = viewModel.lifeEvents().moveTargets("西湖");
        assertEquals(List.of(target), found.stream().map(HouseholdRow::id).toList());
        assertTrue(viewModel.lifeEvents().moveTargets("东方").isEmpty(), "the shown household is no target");

        dialogs.answerConfirmationsWith(false);
        viewModel.lifeEvents().moveResident(li, found.get(0), "02");
        assertEquals(2, viewModel.detailProperty().get().members().size());

        dialogs.answerConfirmationsWith(true);
        viewModel.lifeEvents().moveResident(li, found.get(0), "02");

        assertEquals(origin, viewModel.detailProperty().get().id());
        assertEquals(List.of("张三"), viewModel.detailProperty().get().members().stream().map(MemberRow::name).toList());
        assertEquals(Optional.of(target), registry.resident(li.id()).orElseThrow().string(ResidentFields.HOUSEHOLD_ID));
        viewModel.select(target);
        HouseholdDetail moved = viewModel.detailProperty().get();
        assertEquals(List.of("李四"), moved.members().stream().map(MemberRow::name).toList());
        assertEquals(List.of(new HistoryRow("2026-06-01", "李四", "moved_in")), moved.history());
        assertEquals("households.move.title", dialogs.shown().get(dialogs.shown().size() - 1).title().key());
    }

    @Test
    void splittingTheChosenMembersOffShowsTheNewHouseholdWithItsHistory() {
        String origin = addHousehold("东方广场1号");
        addZhangSan();
        addLiSi();
        MemberRow li = member("李四");

        dialogs.answerConfirmationsWith(true);
        viewModel.lifeEvents().splitHousehold(List.of(li), li);

        HouseholdDetail created = viewModel.detailProperty().get();
        assertFalse(created.id().equals(origin));
        assertEquals("东方广场1号", created.address(), "the new household keeps the old place");
        assertEquals(List.of("李四"), created.members().stream().map(MemberRow::name).toList());
        assertEquals("户主", created.members().get(0).relation());
        assertEquals(List.of("split_from", "moved_in"), created.history().stream().map(HistoryRow::event).toList());
        assertEquals(2, viewModel.households().size());
        viewModel.select(origin);
        assertEquals(List.of("split"), viewModel.detailProperty().get().history().stream().map(HistoryRow::event).toList());
    }

    @Test
    void aVisitIsValidatedSavedWithItsWorkerAndListedInTheDetail() {
        String id = addHousehold("东方广场1号");

        viewModel.newVisit();
        RecordFormViewModel visit = viewModel.formProperty().get();
        assertEquals(RecordType.VISIT, visit.type());
        assertEquals(java.time.LocalDate.now(org.griddesk.desktop.service.registry.Registries.CHINA).toString(),
                visit.fields().value(VisitFields.DATE).get(), "dated today");
        visit.fields().value(VisitFields.DATE).set("2026-07-01");
        visit.fields().value(VisitFields.NOTES).set("血压正常");
        visit.save();

        assertTrue(visit.fields().problem(VisitFields.PURPOSE).getValue() != null, "the purpose is required");
        assertTrue(visit.fields().problem(VisitFields.DATE).getValue() != null, "a visit cannot lie ahead");
        assertTrue(registry.visitsOf(id).isEmpty(), "nothing written");

        visit.fields().value(VisitFields.DATE).set("2026-05-30");
        visit.fields().value(VisitFields.PURPOSE).set("高龄老人探访");
        visit.save();

        assertNull(viewModel.formProperty().get());
        assertEquals(List.of("2026-05-30  高龄老人探访  血压正常"), viewModel.detailProperty().get().visits());
        var saved = registry.visitsOf(id).get(0);
        assertEquals(Optional.of("worker1"), saved.string(VisitFields.WORKER));
        assertEquals(Optional.of(GRID), saved.string(VisitFields.GRID));
    }
}
