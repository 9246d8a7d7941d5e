package org.griddesk.desktop.service.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.applications.ApplicationDrafts;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 今日 read from a real encrypted Derby store with records as a sync leaves them. Today is 2026-06-01 in China. */
class TodayServiceTest {

    private static final String GRID = RegistryFixtures.GRID;
    private static final String OTHER_GRID = "500101001002";
    private static final Clock CLOCK = RegistryFixtures.CLOCK;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private TodayAccount account = new TodayAccount("worker1", Set.of(GRID));

    @BeforeEach
    void unlock() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "今日-服务-测试-2026");
    }

    @AfterEach
    void lock() {
        session.close();
    }

    private TodayReport today() {
        ApplicationDrafts seen = new ApplicationDrafts(session.store().applicationDrafts());
        return new TodayService(session.records(), CLOCK, () -> session.settings().visitIntervalDays(),
                seen::seenStatuses, () -> account).today();
    }

    @Test
    void aDeviceWithNothingToDoHasAClearDay() {
        household("h-family", "和平村 1 号", GRID);
        resident("r-family-1", "h-family", "张一", "1985-01-01", List.of());
        resident("r-family-2", "h-family", "张二", "1987-01-01", List.of());

        TodayReport report = today();

        assertTrue(report.isClear(), report.lines().toString());
        assertEquals(TODAY, report.day());
        assertEquals(30, report.visitIntervalDays());
    }

    @Test
    void householdsOfTheOldTheLonelyAndThoseOnDibaoOrWithADisabilityAreDueAfterTheInterval() {
        household("h-old", "和平村 2 号", GRID);
        resident("r-old", "h-old", "王秀英", "1940-03-01", List.of());
        resident("r-old-son", "h-old", "王强", "1968-03-01", List.of());
        household("h-alone", "和平村 3 号", GRID);
        resident("r-alone", "h-alone", "李明", "1970-05-05", List.of());
        visit("v-alone", "h-alone", TODAY.minusDays(30));
        household("h-dibao", "和平村 4 号", GRID);
        resident("r-dibao", "h-dibao", "陈三", "1975-10-28", List.of("dibao"));
        resident("r-dibao-wife", "h-dibao", "陈妻", "1977-10-28", List.of());
        visit("v-dibao-old", "h-dibao", TODAY.minusDays(90));
        visit("v-dibao", "h-dibao", TODAY.minusDays(29));
        household("h-disabled", "和平村 5 号", GRID);
        resident("r-disabled", "h-disabled", "赵四", "1980-02-02", List.of("disabled"));
        resident("r-disabled-mother", "h-disabled", "赵母", "1955-02-02", List.of());
        visit("v-disabled", "h-disabled", TODAY.minusDays(31));
        household("h-family", "和平村 6 号", GRID);
        resident("r-family-1", "h-family", "张一", "1985-01-01", List.of());
        resident("r-family-2", "h-family", "张二", "1987-01-01", List.of());

        List<TodayLine> due = today().of(TodayKind.VISIT_DUE);

        // never visited first, then the longest wait; the dibao household visited 29 days ago is not due yet
        assertEquals(List.of("h-old", "h-disabled", "h-alone"), due.stream().map(line -> line.target().id()).toList());
        TodayLine old = due.get(0);
        assertEquals(new TodayTarget(TodayTarget.Place.HOUSEHOLD, "h-old"), old.target());
        assertEquals(List.of("aged_80_plus"), old.reasons());
        assertEquals(List.of("王秀英:86"), old.people());
        assertEquals(-1, old.days());
        assertEquals("", old.date());
        assertEquals(List.of("disabled"), due.get(1).reasons());
        assertEquals(31, due.get(1).days());
        TodayLine alone = due.get(2);
        assertEquals(List.of("living_alone"), alone.reasons());
        assertEquals(30, alone.days(), "a visit exactly the interval ago is due again");
        assertEquals(TODAY.minusDays(30).toString(), alone.date());
        for (TodayLine line : due) {
            assertFalse(line.toString().matches(".*\\d{17}[0-9Xx].*"), "no identity number in " + line);
        }
    }

    @Test
    void theIntervalIsTheWorkersSettingAndItsBoundaryIsExact() {
        household("h-dibao", "和平村 4 号", GRID);
        resident("r-dibao", "h-dibao", "陈三", "1975-10-28", List.of("dibao"));
        resident("r-dibao-wife", "h-dibao", "陈妻", "1977-10-28", List.of());
        visit("v-dibao", "h-dibao", TODAY.minusDays(14));

        session.settings().setVisitIntervalDays(15);
        assertTrue(today().of(TodayKind.VISIT_DUE).isEmpty(), "14 days ago, interval 15: not due");

        session.settings().setVisitIntervalDays(14);
        TodayReport report = today();
        assertEquals(14, report.visitIntervalDays());
        assertEquals(List.of("dibao"), report.of(TodayKind.VISIT_DUE).get(0).reasons());
        assertEquals(14, report.of(TodayKind.VISIT_DUE).get(0).days());
    }

    @Test
    void recordsOfOtherGridsAndRecordsThatLeftTheWorkersScopeAreNotListed() {
        household("h-other", "别村 1 号", OTHER_GRID);
        resident("r-other", "h-other", "外一", "1930-01-01", List.of());
        household("h-left", "和平村 9 号", GRID);
        resident("r-left", "h-left", "走二", "1930-01-01", List.of());
        session.records().setLeftScope(new RecordKey("household", "h-left"), true);
        household("h-mine", "和平村 8 号", GRID);
        resident("r-mine", "h-mine", "留三", "1930-01-01", List.of());

        assertEquals(List.of("h-mine"), today().of(TodayKind.VISIT_DUE).stream().map(l -> l.target().id()).toList());

        account = TodayAccount.nobody(); // before the first sign-in everything on the device is the worker's
        assertEquals(Set.of("h-mine", "h-other"), Set.copyOf(today().of(TodayKind.VISIT_DUE).stream()
                .map(l -> l.target().id()).toList()));
    }

    @Test
    void issuesPastTheirDeadlineAndIssuesDispatchedToTheWorkerThatAreStillOpen() {
        issue("i-late", "路灯坏了", "accepted", "worker2", "2026-05-29");
        issue("i-late-instant", "井盖丢失", "in_progress", null, "2026-05-31T15:00:00Z"); // 23:00 in China, May 31
        issue("i-mine", "垃圾堆放", "accepted", "worker1", TODAY.toString());
        issue("i-mine-no-deadline", "积水", "accepted", "worker1", null);
        issue("i-theirs", "噪音", "accepted", "worker2", "2026-06-10");
        issue("i-done", "漏水", "resolved", "worker1", "2026-05-01");
        issue("i-archived", "占道", "archived", "worker1", "2026-05-01");

        TodayReport report = today();

        List<TodayLine> late = report.of(TodayKind.ISSUE_OVERDUE);
        assertEquals(List.of("i-late", "i-late-instant"), late.stream().map(l -> l.target().id()).toList());
        assertEquals(3, late.get(0).days());
        assertEquals("2026-05-29", late.get(0).date());
        assertEquals(1, late.get(1).days());
        assertEquals(new TodayTarget(TodayTarget.Place.ISSUE, "i-late"), late.get(0).target());
        assertEquals("路灯坏了", late.get(0).title());
        assertEquals(List.of("i-mine", "i-mine-no-deadline"),
                report.of(TodayKind.ISSUE_DISPATCHED).stream().map(l -> l.target().id()).toList());
    }

    @Test
    void applicationsWaitingForMaterialsReturnedOrWithADecisionNotYetPassedOn() {
        household("h-1", "和平村 1 号", GRID);
        resident("r-1", "h-1", "王秀英", "1940-03-01", List.of());
        visit("v-1", "h-1", TODAY);
        template("elderly_allowance", "高龄津贴申请");
        application("a-materials", "needs_materials", Map.of("missingMaterials", List.of("户口簿", "照片")));
        application("a-returned", "returned", Map.of("decisionComment", "签名不清楚"));
        application("a-approved", "approved", Map.of("decidedAt", "2026-05-31T02:00:00Z"));
        application("a-told", "approved", Map.of());
        application("a-submitted", "submitted", Map.of());
        ApplicationDrafts drafts = new ApplicationDrafts(session.store().applicationDrafts());
        drafts.markSeen("a-told", "approved");
        drafts.markSeen("a-approved", "submitted");
        drafts.markSeen("a-materials", "needs_materials"); // seen, but the resident still has to bring them

        TodayReport report = today();

        TodayLine materials = report.of(TodayKind.APPLICATION_NEEDS_MATERIALS).get(0);
        assertEquals(new TodayTarget(TodayTarget.Place.APPLICATION, "a-materials"), materials.target());
        assertEquals("王秀英", materials.title());
        assertEquals("高龄津贴申请", materials.subject());
        assertEquals(List.of("户口簿", "照片"), materials.reasons(), "the missing materials, joined by the screen");
        assertEquals("", materials.note());
        assertEquals("签名不清楚", report.of(TodayKind.APPLICATION_RETURNED).get(0).note());
        List<TodayLine> decided = report.of(TodayKind.APPLICATION_DECIDED);
        assertEquals(List.of("a-approved"), decided.stream().map(l -> l.target().id()).toList());
        assertEquals("approved", decided.get(0).status());
        assertEquals("2026-05-31", decided.get(0).date());
        assertTrue(report.lines().stream().noneMatch(l -> l.target().id().equals("a-submitted")));
    }

    @Test
    void recordsReturnedBySupervisorLeadToTheirHouseholdOrIssue() {
        household("h-1", "和平村 1 号", GRID);
        resident("r-1", "h-1", "李明", "1990-01-01", List.of(), Map.of("reviewStatus", "returned",
                "reviewComment", "出生日期与身份证不符"));
        resident("r-2", "h-1", "李妻", "1991-01-01", List.of(), Map.of("reviewStatus", "approved"));
        issue("i-returned", "路面塌陷", "returned", "worker1", "2026-05-01");

        List<TodayLine> returned = today().of(TodayKind.RECORD_RETURNED);

        assertEquals(2, returned.size(), returned.toString());
        TodayLine issue = returned.stream().filter(l -> l.subject().equals("issue")).findFirst().orElseThrow();
        assertEquals(new TodayTarget(TodayTarget.Place.ISSUE, "i-returned"), issue.target());
        TodayLine resident = returned.stream().filter(l -> l.subject().equals("resident")).findFirst().orElseThrow();
        assertEquals(new TodayTarget(TodayTarget.Place.HOUSEHOLD, "h-1"), resident.target());
        assertEquals("李明", resident.title());
        assertEquals("出生日期与身份证不符", resident.note());
        assertTrue(today().of(TodayKind.ISSUE_OVERDUE).isEmpty(), "a returned issue is listed once");
    }

    @Test
    void refusedRecordsAndConflictsLeadToTheSyncTroubleList() {
        issue("i-refused", "路灯坏了", "reported", null, null);
        household("h-1", "和平村 1 号", GRID);
        session.records().setStatus(new RecordKey("issue", "i-refused"),
                new RecordSyncStatus(SyncState.REJECTED, "out_of_scope: outside your grids"));
        session.records().setStatus(new RecordKey("household", "h-1"),
                new RecordSyncStatus(SyncState.CONFLICT, "address"));
        session.records().setStatus(new RecordKey("household", "h-pending"),
                new RecordSyncStatus(SyncState.PENDING, null));

        TodayReport report = today();

        TodayLine refused = report.of(TodayKind.RECORD_REFUSED).get(0);
        assertEquals(new TodayTarget(TodayTarget.Place.SYNC, "i-refused"), refused.target());
        assertEquals("路灯坏了", refused.title());
        assertEquals("out_of_scope: outside your grids", refused.note());
        TodayLine conflict = report.of(TodayKind.RECORD_CONFLICT).get(0);
        assertEquals("和平村 1 号", conflict.title());
        assertEquals(2, report.of(TodayKind.RECORD_REFUSED).size() + report.of(TodayKind.RECORD_CONFLICT).size());
    }

    private void household(String id, String address, String grid) {
        put("household", id, Map.of("grid", grid, "address", address, "householdType", "1"));
    }

    private void resident(String id, String household, String name, String birth, List<String> careTags) {
        resident(id, household, name, birth, careTags, Map.of());
    }

    private void resident(String id, String household, String name, String birth, List<String> careTags,
                          Map<String, Object> more) {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("grid", GRID, "householdId", household, "name", name,
                "idNumber", RegistryFixtures.idNumberBornOn(LocalDate.parse(birth), 11), "birthDate", birth,
                "status", "active", "careTags", careTags));
        fields.putAll(more);
        put("resident", id, fields);
    }

    private void visit(String id, String household, LocalDate date) {
        put("visit", id, Map.of("grid", GRID, "householdId", household, "date", date.toString(), "worker", "worker1"));
    }

    private void issue(String id, String title, String status, String assignee, String deadline) {
        Map<String, Object> fields = new HashMap<>(Map.of("grid", GRID, "title", title, "status", status));
        if (assignee != null) {
            fields.put("assignee", assignee);
        }
        if (deadline != null) {
            fields.put("deadline", deadline);
        }
        put("issue", id, fields);
    }

    private void template(String formId, String title) {
        put("form_template", "t-" + formId, Map.of("formId", formId, "version", "1", "title", title,
                "xform", "<h:html/>", "status", "active"));
    }

    private void application(String id, String status, Map<String, Object> more) {
        Map<String, Object> fields = new HashMap<>(Map.of("grid", GRID, "templateId", "elderly_allowance",
                "templateVersion", "1", "residentId", "r-1", "status", status));
        fields.putAll(more);
        put("application", id, fields);
    }

    private void put(String type, String id, Map<String, Object> fields) {
        session.records().putLocalView(new SyncRecord(type, id, fields, 1, false));
    }
}
