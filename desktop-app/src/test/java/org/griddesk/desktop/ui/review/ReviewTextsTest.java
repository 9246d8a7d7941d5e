package org.griddesk.desktop.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.griddesk.desktop.ui.i18n.Localization;
import org.junit.jupiter.api.Test;

class ReviewTextsTest {

    private final Localization chinese = new Localization(Localization.CHINESE);

    @Test
    void aLineNamesWhatItIsAboutThenTheKindAndTheRecordTypeInWords() {
        QueueLine record = new QueueLine(1, "record", "open", "household", "h-1", "zhao", null, null, null, false,
                "一组 9 号");

        assertEquals("一组 9 号 · 新增或变更记录 · 住户 · zhao", ReviewTexts.line(record, chinese));
    }

    @Test
    void withoutATitleTheLineStartsWithTheKindAndAConflictShowsBothValuesMasked() {
        QueueLine conflict = new QueueLine(2, "conflict", "open", "resident", "r-1", "li", "phone", "13800000002",
                "13800000003", true, null);

        assertEquals("冲突 · 人员 · li · phone: 138****0002 ⇄ 138****0003 · " + chinese.lang("review.overdue"),
                ReviewTexts.line(conflict, chinese));
    }

    @Test
    void aTypeWithoutWordsIsShownAsItIs() {
        QueueLine line = new QueueLine(3, "record", "open", "form_template", "t-1", null, null, null, null, false,
                null);

        assertEquals("新增或变更记录 · form_template", ReviewTexts.line(line, new Localization(Localization.CHINESE)));
    }
}
