package org.griddesk.desktop.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.griddesk.desktop.service.today.TodayKind;
import org.griddesk.desktop.service.today.TodayLine;
import org.griddesk.desktop.service.today.TodayReport;
import org.griddesk.desktop.service.today.TodayTarget;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

class TodayViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final List<TodayTarget> opened = new ArrayList<>();
    private final AtomicReference<TodayReport> report = new AtomicReference<>();

    private TodayViewModel viewModel() {
        return new TodayViewModel(progress -> {
            if (report.get() == null) {
                throw new IllegalStateException("the store is closed");
            }
            return report.get();
        }, new CurrentThreadTaskExecutor(), opened::add);
    }

    @Test
    void sectionsComeInTheOrderOfTheDayWithTheirLinesAndEmptyOnesAreLeftOut() {
        TodayLine visit = visit("h-1");
        TodayLine late = new TodayLine(TodayKind.ISSUE_OVERDUE, new TodayTarget(TodayTarget.Place.ISSUE, "i-1"),
                "路灯坏了", "", List.of(), List.of(), "2026-05-29", 3, "", "accepted");
        report.set(new TodayReport(DAY, 30, List.of(late, visit, visit("h-2"))));
        TodayViewModel model = viewModel();

        model.refresh();

        assertEquals(List.of(TodayKind.VISIT_DUE, TodayKind.ISSUE_OVERDUE),
                model.sections().stream().map(TodaySection::kind).toList());
        assertEquals(2, model.sections().get(0).rows().size());
        assertEquals("todayLine-visit_due-h-1", model.sections().get(0).rows().get(0).controlId());
        assertEquals("today.section.visit_due", model.sections().get(0).titleKey());
        assertEquals(3, model.totalProperty().get());
        assertEquals(DAY, model.dayProperty().get());
        assertFalse(model.clearProperty().get());

        model.open(model.sections().get(1).rows().get(0));
        assertEquals(List.of(new TodayTarget(TodayTarget.Place.ISSUE, "i-1")), opened);
    }

    @Test
    void aClearDaySaysSoAndAFailedReadingSaysWhyAndKeepsWhatWasShown() {
        report.set(new TodayReport(DAY, 30, List.of()));
        TodayViewModel model = viewModel();
        assertFalse(model.clearProperty().get(), "nothing read yet is not a clear day");

        model.refresh();
        assertTrue(model.clearProperty().get());
        assertTrue(model.sections().isEmpty());
        assertNull(model.errorProperty().get());

        report.set(null);
        model.refresh();
        assertEquals(new Message("today.error.load"), model.errorProperty().get());
        assertFalse(model.loadingProperty().get());

        report.set(new TodayReport(DAY, 14, List.of(visit("h-3"))));
        model.refresh();
        assertNull(model.errorProperty().get());
        assertFalse(model.clearProperty().get());
        assertEquals(14, model.visitDaysProperty().get());
    }

    @Test
    void linesSayWhyInWordsWithoutNumbersAndInBothLanguages() {
        Localization localization = new Localization(Locale.SIMPLIFIED_CHINESE);
        TodayTexts texts = new TodayTexts(localization);
        TodayLine visit = new TodayLine(TodayKind.VISIT_DUE, new TodayTarget(TodayTarget.Place.HOUSEHOLD, "h-1"),
                "和平村 2 号", "", List.of("aged_80_plus", "dibao"), List.of("王秀英:86"), "2026-04-01", 61, "", "");
        assertEquals("和平村 2 号", texts.title(visit));
        assertEquals("80岁以上、低保 · 王秀英（86岁） · 上次走访 2026-04-01（61 天前）", texts.detail(visit));
        TodayLine refused = new TodayLine(TodayKind.RECORD_REFUSED, new TodayTarget(TodayTarget.Place.SYNC, "i-9"),
                "路灯坏了", "issue", List.of(), List.of(), "", -1, "out_of_scope: outside", "rejected");
        assertEquals("事件：路灯坏了", texts.title(refused));
        assertFalse(texts.detail(refused).contains("out_of_scope"), texts.detail(refused));
        TodayLine decided = new TodayLine(TodayKind.APPLICATION_DECIDED,
                new TodayTarget(TodayTarget.Place.APPLICATION, "a-1"), "王秀英", "高龄津贴申请", List.of(), List.of(),
                "2026-05-31", -1, "", "approved");
        assertEquals("王秀英 · 高龄津贴申请", texts.title(decided));
        assertEquals("结果：已批准 2026-05-31，请告知居民", texts.detail(decided));
        TodayLine materials = new TodayLine(TodayKind.APPLICATION_NEEDS_MATERIALS,
                new TodayTarget(TodayTarget.Place.APPLICATION, "a-2"), "王秀英", "高龄津贴申请", List.of("户口簿", "照片"),
                List.of(), "", -1, "", "needs_materials");
        assertEquals("还需补充：户口簿、照片", texts.detail(materials));
        localization.setLocale(Locale.ENGLISH);
        assertEquals("still needed: 户口簿, 照片", texts.detail(materials), "the list reads in the shown language");
        localization.setLocale(Locale.SIMPLIFIED_CHINESE);

        localization.setLocale(Locale.ENGLISH);
        assertEquals("aged 80 or over, dibao (minimum living allowance) · 王秀英 (86) · last visit 2026-04-01 "
                + "(61 days ago)", texts.detail(visit));
        TodayLine never = new TodayLine(TodayKind.VISIT_DUE, new TodayTarget(TodayTarget.Place.HOUSEHOLD, "h-2"),
                "", "", List.of("living_alone"), List.of("李明"), "", -1, "", "");
        assertEquals("(untitled)", texts.title(never));
        assertEquals("living alone · 李明 · never visited", texts.detail(never));
    }

    private static TodayLine visit(String household) {
        return new TodayLine(TodayKind.VISIT_DUE, new TodayTarget(TodayTarget.Place.HOUSEHOLD, household),
                "和平村", "", List.of("living_alone"), List.of("李明"), "", -1, "", "");
    }
}
