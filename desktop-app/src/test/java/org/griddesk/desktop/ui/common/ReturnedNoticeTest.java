package org.griddesk.desktop.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.record.ReviewReturn;
import org.junit.jupiter.api.Test;

class ReturnedNoticeTest {
    private final ReviewReturn review = new ReviewReturn("请补充具体位置", "li.supervisor", "not-a-time");

    @Test
    void theRecordsOwnReturnAndAMembersReadInBothLanguages() {
        List<ReturnedNotice.Entry> returns = List.of(new ReturnedNotice.Entry("", review),
                new ReturnedNotice.Entry("赵六", new ReviewReturn("", "", "")));

        assertEquals("督导员退回了此事件：请补充具体位置（li.supervisor，not-a-time）\n"
                + "督导员退回了赵六的信息：（未写明原因）\n"
                + "请核实并修改后保存，下次同步时会重新提交督导员审核；审核通过后此提示会消失。",
                ReturnedNotice.text(returns, "returned.issue", new Localization(Localization.CHINESE)));
        assertEquals("A supervisor returned this household: 请补充具体位置 (li.supervisor, not-a-time)\n"
                + "Check and correct it, then save: the next sync sends it back for review. This notice goes once a "
                + "supervisor approves it.", ReturnedNotice.text(List.of(returns.get(0)), "returned.household",
                new Localization(Localization.ENGLISH)));
    }

    @Test
    void nothingReturnedReadsAsNothing() {
        assertEquals("", ReturnedNotice.text(List.of(), "returned.issue", new Localization(Localization.CHINESE)));
    }
}
