package org.griddesk.desktop.service.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.griddesk.model.record.Location;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.store.InMemoryDeviceStore;
import org.griddesk.sync.store.OutboxEntry;
import org.junit.jupiter.api.Test;

class IssueServiceTest {

    private static final Location IN_VILLAGE = new Location(108.3801, 30.8102);

    private final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-01T02:30:00Z"), ZoneOffset.UTC);
    private final IssueService issues = new IssueService(store, new HybridLogicalClock("device-1", clock::millis),
            RecordsOfType.scanning(store), IssueCategories.defaults(), new UuidV7Generator(clock, new Random(7)), clock,
            () -> "网格员王芳");

    private static IssueDraft draft(String title, String category, Location location) {
        return new IssueDraft("500101001001", category, title, "3号路边的路灯不亮", location, IssuePriority.HIGH,
                List.of("ab".repeat(32)), List.of("resident-1"));
    }

    @Test
    void aReportedIssueIsARecordInTheOutboxWithItsFirstTimelineStep() {
        Issue issue = issues.report(draft("路灯损坏", "infrastructure.lighting", IN_VILLAGE));

        assertEquals(IssueStatus.REPORTED, issue.status());
        assertEquals("网格员王芳", issue.reporter());
        assertEquals(IN_VILLAGE, issue.location());
        assertEquals(List.of("ab".repeat(32)), issue.photos());
        assertEquals(1, issue.timeline().size());
        assertEquals(new TimelineEntry(clock.instant(), "网格员王芳", IssueStatus.REPORTED, ""), issue.timeline().get(0));

        Set<String> journalled = store.pending(new RecordKey("issue", issue.id())).stream()
                .map(OutboxEntry::field).collect(Collectors.toSet());
        assertEquals(Set.of("grid", "category", "title", "description", "location", "status", "priority", "photos",
                "residentIds", "reporter", "timeline"), journalled);
        assertEquals(Map.of("lon", 108.3801, "lat", 30.8102),
                store.localView(new RecordKey("issue", issue.id())).orElseThrow().field("location"));
        assertEquals(List.of(issue), issues.list());
    }

    @Test
    void theWholeFlowEndsInTheArchiveWithEveryStepOnTheTimeline() {
        String id = issues.report(draft("邻里噪音", "dispute.neighbour", IN_VILLAGE)).id();

        issues.move(id, IssueStatus.ACCEPTED, "");
        issues.move(id, IssueStatus.IN_PROGRESS, "已联系双方");
        issues.move(id, IssueStatus.RESOLVED, "调解成功");
        Issue archived = issues.move(id, IssueStatus.ARCHIVED, null);

        assertEquals(IssueStatus.ARCHIVED, archived.status());
        assertEquals(List.of(IssueStatus.REPORTED, IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS, IssueStatus.RESOLVED,
                IssueStatus.ARCHIVED), archived.timeline().stream().map(TimelineEntry::status).toList());
        assertEquals("调解成功", archived.timeline().get(3).note());
        long statusEdits = store.pending(new RecordKey("issue", id)).stream()
                .filter(entry -> entry.field().equals("status")).count();
        assertEquals(5, statusEdits, "every step is an outbox entry of its own");
    }

    @Test
    void illegalStepsAreRefusedAndChangeNothing() {
        String id = issues.report(draft("垃圾堆放", "sanitation.waste", IN_VILLAGE)).id();
        int outboxBefore = store.outbox().size();

        IssueRefusedException skip = assertThrows(IssueRefusedException.class,
                () -> issues.move(id, IssueStatus.RESOLVED, "直接办结"));
        assertEquals(List.of(new IssueProblem("status", IssueProblem.ILLEGAL_TRANSITION)), skip.problems());
        issues.move(id, IssueStatus.ACCEPTED, "");
        issues.move(id, IssueStatus.IN_PROGRESS, "");
        issues.move(id, IssueStatus.RESOLVED, "");
        issues.move(id, IssueStatus.ARCHIVED, "");
        assertThrows(IssueRefusedException.class, () -> issues.move(id, IssueStatus.RETURNED, "太晚了"));
        assertThrows(IssueRefusedException.class, () -> issues.move(id, IssueStatus.ACCEPTED, ""));

        assertEquals(IssueStatus.ARCHIVED, issues.find(id).orElseThrow().status());
        assertEquals(outboxBefore + 8, store.outbox().size(), "only the four legal steps were journalled");
    }

    @Test
    void aReturnNeedsAReasonAndCanBeReportedAgain() {
        String id = issues.report(draft("可疑人员", "order.suspicious", IN_VILLAGE)).id();

        IssueRefusedException noReason = assertThrows(IssueRefusedException.class,
                () -> issues.move(id, IssueStatus.RETURNED, "  "));
        assertEquals(IssueProblem.REASON_REQUIRED, noReason.problems().get(0).code());

        Issue returned = issues.move(id, IssueStatus.RETURNED, "请补充照片");
        assertEquals(IssueStatus.RETURNED, returned.status());
        assertEquals("请补充照片", returned.timeline().get(1).note());
        assertEquals(IssueStatus.REPORTED, issues.move(id, IssueStatus.REPORTED, "已补充").status());
    }

    @Test
    void anInvalidDraftIsRefusedFieldByFieldAndNothingIsWritten() {
        IssueRefusedException refused = assertThrows(IssueRefusedException.class,
                () -> issues.report(draft("  ", "no.such.category", null)));

        assertEquals(List.of(new IssueProblem("title", IssueProblem.TITLE_REQUIRED),
                new IssueProblem("category", IssueProblem.CATEGORY_UNKNOWN),
                new IssueProblem("location", IssueProblem.LOCATION_REQUIRED)), refused.problems());
        assertTrue(store.outbox().isEmpty());
        assertTrue(store.records().isEmpty());
    }

    @Test
    void aPlaceOutsideChinaIsRefused() {
        // Swapped coordinates are the usual mistake: latitude 108 is impossible, so try a real place abroad too.
        IssueRefusedException paris = assertThrows(IssueRefusedException.class,
                () -> issues.report(draft("路灯", "infrastructure.lighting", new Location(2.35, 48.85))));
        assertEquals(List.of(new IssueProblem("location", IssueProblem.LOCATION_OUTSIDE_CHINA)), paris.problems());
        assertThrows(IssueRefusedException.class,
                () -> issues.report(draft("路灯", "infrastructure.lighting", new Location(30.81, 10.0))));
        assertTrue(store.outbox().isEmpty());
    }

    @Test
    void aTopLevelCategoryIsAcceptedAndShownWithItsName() {
        Issue issue = issues.report(draft("其他纠纷", "dispute", IN_VILLAGE));
        assertEquals("dispute", issue.category());
        IssueCategories categories = issues.categories();
        assertEquals("矛盾纠纷 › 邻里纠纷", categories.displayName("dispute.neighbour", java.util.Locale.CHINA));
        assertEquals("Disputes › Neighbour dispute", categories.displayName("dispute.neighbour", java.util.Locale.ENGLISH));
        assertEquals(List.of("矛盾纠纷", "安全隐患", "环境卫生", "基础设施", "社会治安", "民生服务"),
                categories.topLevel().stream().map(IssueCategory::chineseName).toList());
        assertFalse(categories.topLevel().stream().anyMatch(top -> top.children().isEmpty()));
    }

    @Test
    void anIssueWithoutAGridGoesToTheWorkersGrid() {
        issues.withDefaultGrid(() -> "500101001002");
        IssueDraft noGrid = new IssueDraft("", "hazard.fire", "柴堆", "", IN_VILLAGE, null, null, null);

        Issue issue = issues.report(noGrid);

        assertEquals("500101001002", issue.grid());
        assertEquals(IssuePriority.NORMAL, issue.priority());
        assertEquals("500101001001", issues.report(draft("路灯", "infrastructure.lighting", IN_VILLAGE)).grid());
    }

    @Test
    void aPhotoIsAddedOnceToAnExistingIssue() {
        String id = issues.report(draft("危房", "hazard.building", IN_VILLAGE)).id();
        String photo = "cd".repeat(32);

        issues.addPhoto(id, photo);
        Issue issue = issues.addPhoto(id, photo);

        assertEquals(List.of("ab".repeat(32), photo), issue.photos());
    }
}
