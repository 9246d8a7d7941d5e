package org.griddesk.desktop.service.registry;

import static org.griddesk.desktop.service.registry.RegistryFixtures.LI_SI_ID;
import static org.griddesk.desktop.service.registry.RegistryFixtures.ZHANG_SAN_ID;
import static org.griddesk.desktop.service.registry.RegistryFixtures.household;
import static org.griddesk.desktop.service.registry.RegistryFixtures.resident;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.ResidentFields;
import org.griddesk.model.validation.FieldProblem;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.OutboxEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's behaviour, run against every device store the app has. */
abstract class RegistryServiceContract {

    @TempDir
    Path dataDir;

    protected EncryptedDeviceSession session;
    protected DeviceStore store;
    protected AuditLog audit;
    protected RegistryService registry;

    /** The device store under test; the session's Derby store is open for stores that need it. */
    protected abstract DeviceStore newStore(EncryptedDeviceSession session);

    @BeforeEach
    void openStore() throws Exception {
        session = new EncryptedVault(dataDir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1))
                .create("村里的-网格-2026".toCharArray());
        store = newStore(session);
        audit = new AuditLog(session.store().audit(), RegistryFixtures.CLOCK);
        registry = RegistryFixtures.registry(store, audit);
    }

    @AfterEach
    void closeStore() {
        session.close();
    }

    private String newHousehold(String address) {
        return registry.saveHousehold(null, household(address)).record().id();
    }

    private String newResident(String householdId, String name, String id, String sex, String birth, String relation) {
        SaveOutcome outcome = registry.saveResident(null, resident(householdId, name, id, sex, birth, relation));
        assertTrue(outcome.ok(), () -> outcome.problems().toString());
        return outcome.record().id();
    }

    @Test
    void aNewHouseholdAndResidentAreJournalledInTheOutbox() {
        String householdId = newHousehold("东方广场1号");
        String zhang = newResident(householdId, "张三", ZHANG_SAN_ID, "1", "1990-03-07", "02");

        List<OutboxEntry> outbox = store.outbox();
        assertTrue(outbox.stream().anyMatch(e -> e.record().id().equals(householdId) && e.field().equals("address")));
        assertTrue(outbox.stream().anyMatch(e -> e.record().id().equals(zhang) && e.field().equals("idNumber")));
        FieldRecord stored = registry.resident(zhang).orElseThrow();
        assertEquals(RegistryFixtures.GRID, stored.string(ResidentFields.GRID).orElseThrow(), "grid from the household");
        assertEquals("active", stored.string(ResidentFields.STATUS).orElseThrow());
        assertEquals(1, registry.search().search("zs").size());
        assertEquals(OptionalInt.of(36), registry.facts(stored).age());
        assertTrue(registry.facts(stored).livingAlone(), "the only member of the household");
    }

    @Test
    void anInvalidResidentIsRefusedPerFieldAndNothingIsWritten() {
        String householdId = newHousehold("东方广场1号");
        int before = store.outbox().size();

        SaveOutcome refused = registry.saveResident(null,
                resident(householdId, "王五", "500101198501013450", "1", "1985-01-01", "02"));

        assertFalse(refused.ok());
        assertEquals(List.of("idNumber"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals("id_checksum", refused.problems().get(0).code().code());
        assertEquals(before, store.outbox().size());
        assertTrue(registry.membersOf(householdId).isEmpty());
        assertTrue(registry.search().search("王五").isEmpty());
    }

    @Test
    void anEditThatBreaksARecordIsRefusedAndTheStoredOneStays() {
        String householdId = newHousehold("东方广场1号");
        int before = store.outbox().size();

        SaveOutcome refused = registry.saveHousehold(householdId, Map.of(HouseholdFields.DIVISION_CODE, "999999"));

        assertFalse(refused.ok());
        assertEquals("divisionCode", refused.problems().get(0).field());
        assertEquals(before, store.outbox().size());
        assertEquals(RegistryFixtures.GRID,
                registry.household(householdId).orElseThrow().string(HouseholdFields.DIVISION_CODE).orElseThrow());
    }

    @Test
    void movingAResidentKeepsTheOldHouseholdInTheHistory() {
        String first = newHousehold("东方广场1号");
        String second = newHousehold("河边村3号");
        String li = newResident(first, "李四", LI_SI_ID, "2", "1992-05-10", "10");

        FieldRecord moved = registry.lifeEvents().moveResident(li, second, "02").record();

        assertEquals(second, moved.string(ResidentFields.HOUSEHOLD_ID).orElseThrow());
        assertEquals(List.of("2026-06-01;moved;from=" + first + ";to=" + second), History.entries(moved));
        assertTrue(registry.membersOf(first).isEmpty());
        assertEquals(List.of(li), registry.membersOf(second).stream().map(FieldRecord::id).toList());
        assertEquals(1, registry.search().search("李四").size());
    }

    @Test
    void deathAndMovingAwayAreStatusesNotDeletes() {
        String householdId = newHousehold("东方广场1号");
        String zhang = newResident(householdId, "张三", ZHANG_SAN_ID, "1", "1990-03-07", "02");
        String li = newResident(householdId, "李四", LI_SI_ID, "2", "1992-05-10", "10");

        registry.lifeEvents().recordDeath(zhang, LocalDate.of(2026, 5, 20));
        registry.lifeEvents().recordMoveAway(li, LocalDate.of(2026, 5, 30));

        FieldRecord dead = registry.resident(zhang).orElseThrow();
        assertEquals("deceased", dead.string(ResidentFields.STATUS).orElseThrow());
        assertEquals(List.of("2026-05-20;deceased;status=deceased"), History.entries(dead));
        assertEquals("moved_out", registry.resident(li).orElseThrow().string(ResidentFields.STATUS).orElseThrow());
        assertEquals(2, registry.membersOf(householdId).size());
        assertFalse(store.outbox().stream().anyMatch(e -> e.field().equals("_deleted")));
    }

    @Test
    void splittingAHouseholdMovesMembersToANewOneWithHistoryOnAllSides() {
        String householdId = newHousehold("东方广场1号");
        newResident(householdId, "张三", ZHANG_SAN_ID, "1", "1990-03-07", "02");
        String li = newResident(householdId, "李四", LI_SI_ID, "2", "1992-05-10", "10");

        SplitOutcome split = registry.lifeEvents().splitHousehold(householdId, List.of(li), li,
                Map.of(HouseholdFields.ADDRESS, "东方广场2号"));

        assertTrue(split.ok(), split.problems()::toString);
        String newId = split.newHouseholdId().orElseThrow();
        FieldRecord created = registry.household(newId).orElseThrow();
        assertEquals("东方广场2号", created.string(HouseholdFields.ADDRESS).orElseThrow());
        assertEquals(li, created.string(HouseholdFields.HEAD_ID).orElseThrow());
        FieldRecord head = registry.resident(li).orElseThrow();
        assertEquals("02", head.string(ResidentFields.RELATION).orElseThrow());
        assertEquals(newId, head.string(ResidentFields.HOUSEHOLD_ID).orElseThrow());
        assertEquals(List.of("2026-06-01;split;to=" + newId),
                History.entries(registry.household(householdId).orElseThrow()));
        assertEquals(1, registry.membersOf(householdId).size());
    }

    @Test
    void undoReSetsThePreviousValuesThroughTheOutbox() {
        String householdId = newHousehold("东方广场1号");
        registry.saveHousehold(householdId, Map.of(HouseholdFields.ADDRESS, "东方广场9号"));
        int before = store.outbox().size();

        assertTrue(registry.undoLast());

        assertEquals("东方广场1号",
                registry.household(householdId).orElseThrow().string(HouseholdFields.ADDRESS).orElseThrow());
        assertEquals(before + 1, store.outbox().size(), "the undo is itself a change to sync");
        assertTrue(registry.undoLast(), "the creation can be undone too");
        assertTrue(registry.household(householdId).isEmpty());
        assertFalse(registry.undoLast());
    }

    @Test
    void revealingAFullNumberWritesAnAuditRowAndListsStayMasked() {
        String householdId = newHousehold("东方广场1号");
        String zhang = newResident(householdId, "张三", ZHANG_SAN_ID, "1", "1990-03-07", "02");

        assertEquals("5001**********1236", registry.search().search("张三").get(0).maskedIdNumber());
        assertTrue(audit.entriesFor("resident", zhang).isEmpty());

        assertEquals(ZHANG_SAN_ID, registry.revealIdNumber(zhang));

        List<AuditEntry> entries = audit.entriesFor("resident", zhang);
        assertEquals(1, entries.size());
        assertEquals("reveal_id", entries.get(0).action());
        assertEquals("worker1", entries.get(0).actor());
        assertFalse(entries.get(0).detail().contains(ZHANG_SAN_ID));
    }

    @Test
    void anEightyYearOldIsFlaggedFromTheBirthDate() {
        String householdId = newHousehold("东方广场1号");
        String old = newResident(householdId, "老王", RegistryFixtures.idNumberBornOn(LocalDate.of(1945, 4, 2), 11),
                "1", "1945-04-02", "02");
        newResident(householdId, "李四", LI_SI_ID, "2", "1992-05-10", "10");

        ResidentFacts facts = registry.facts(registry.resident(old).orElseThrow());

        assertEquals(OptionalInt.of(81), facts.age());
        assertTrue(facts.aged80Plus());
        assertFalse(facts.livingAlone());
    }

    @Test
    void aReloadedRegistrySeesWhatWasSaved() {
        String householdId = newHousehold("东方广场1号");
        newResident(householdId, "张三", ZHANG_SAN_ID, "1", "1990-03-07", "02");

        RegistryService reloaded = RegistryFixtures.registry(store, audit);

        assertEquals(1, reloaded.households().size());
        assertEquals(1, reloaded.membersOf(householdId).size());
        assertEquals("张三", reloaded.search().search("zs").get(0).name());
    }

    @Test
    void aReloadShowsWhatASyncPulledInAndForgetsWhatLeftTheDevice() {
        String local = newHousehold("东方广场1号");
        String pulledId = "01900000-0000-7000-8000-000000000001";
        SyncRecord pulled = new SyncRecord("resident", pulledId, Map.of("grid", RegistryFixtures.GRID,
                "householdId", local, "name", "赵六", "sex", "2", "birthDate", "1970-02-02", "relation", "10"), 3, false);
        store.atomically(() -> {
            store.putBase(pulled);
            store.putLocalView(pulled);
        });
        assertTrue(registry.search().search("赵六").isEmpty(), "not read yet");

        registry.reload();
        assertEquals(1, registry.search().search("zl").size());
        assertEquals(1, registry.membersOf(local).size());

        store.atomically(() -> store.dropRecord(pulled.key()));
        registry.reload();
        assertTrue(registry.search().search("赵六").isEmpty());
        assertTrue(registry.membersOf(local).isEmpty());
        assertEquals(1, registry.households().size());
    }
}
