package org.griddesk.desktop.service.issues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.griddesk.model.record.ReviewReturn;
import org.griddesk.sync.record.SyncRecord;
import org.junit.jupiter.api.Test;

/** An issue record a supervisor returned carries the return (comment, who, when) to the 事件 detail. */
class IssueReturnedTest {

    @Test
    void aReturnedIssueCarriesTheCommentAndAnApprovedOneNone() {
        Map<String, Object> fields = new HashMap<>(Map.of("grid", "500101001001", "title", "路灯不亮",
                "status", "reported", "reviewStatus", "returned", "reviewComment", "请补充具体位置",
                "reviewedBy", "li.supervisor", "reviewedAt", "2026-12-07T02:00:00Z"));

        Issue returned = Issue.of(new SyncRecord("issue", "i-1", fields, 3, false));

        assertEquals(new ReviewReturn("请补充具体位置", "li.supervisor", "2026-12-07T02:00:00Z"),
                returned.returned().orElseThrow());
        fields.put("reviewStatus", "approved");
        assertTrue(Issue.of(new SyncRecord("issue", "i-1", fields, 4, false)).returned().isEmpty());
    }
}
