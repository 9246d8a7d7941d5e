package org.griddesk.desktop.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.sync.store.RecordSyncStatus;
import org.griddesk.sync.store.SyncState;
import org.griddesk.sync.wire.ErrorCodes;
import org.junit.jupiter.api.Test;

/** Every stable platform error code reads as words that say what to do, and a zh-CN screen gets no English. */
class PlatformErrorTextTest {

    /** Latin words other than the app's own name; a zh-CN sentence may hold none. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

    private final Localization chinese = new Localization(Localization.CHINESE);
    private final Localization english = new Localization(Localization.ENGLISH);

    @Test
    void everyKnownCodeHasAChineseAndAnEnglishSentence() {
        assertTrue(PlatformErrorText.knownCodes().contains(ErrorCodes.OUT_OF_SCOPE));
        assertTrue(PlatformErrorText.knownCodes().contains(ErrorCodes.KEPT_FOR_REVIEW));
        for (String code : PlatformErrorText.knownCodes()) {
            Message words = PlatformErrorText.ofCode(code);
            assertEquals("platform.error." + code, words.key());
            assertTrue(chinese.has(words.key()), () -> "no zh-CN sentence for " + code);
            assertTrue(english.has(words.key()), () -> "no English sentence for " + code);
            assertChinese(chinese.lang(words), code);
            assertFalse(english.lang(words).contains(code), code);
        }
    }

    @Test
    void anUnknownCodeGetsAGenericTranslatedSentence() {
        Message words = PlatformErrorText.ofCode("quota_exceeded");
        assertEquals(new Message("platform.error.unknown"), words);
        assertChinese(chinese.lang(words), "quota_exceeded");
        assertEquals(words, PlatformErrorText.ofReason("quota_exceeded: You have used up your quota"));
        assertEquals(words, PlatformErrorText.ofReason("Something broke"));
        assertEquals(words, PlatformErrorText.ofReason(null));
    }

    @Test
    void theRejectionSeenOnTheFirstDayReadsInChineseAndSaysWhatToDo() {
        Message words = PlatformErrorText.ofStatus(new RecordSyncStatus(SyncState.REJECTED,
                "out_of_scope: The change would put the record outside your scope"));
        String text = chinese.lang(words);
        assertChinese(text, "out_of_scope");
        assertTrue(text.contains("网格"), text);
        assertTrue(text.contains("请"), "says what to do: " + text);
    }

    @Test
    void fieldProblemsOfAnInvalidFieldRejectionReachAChineseScreenOnly() {
        Message words = PlatformErrorText.ofReason("invalid_field: 身份证号：身份证号校验位不对，请逐位核对");
        assertTrue(chinese.lang(words).contains("身份证号校验位不对"), chinese.lang(words));
        assertFalse(english.lang(words).contains("身份证号"), english.lang(words));
        assertEquals(new Message("platform.error.invalid_field"),
                PlatformErrorText.ofReason("invalid_field: idNumber: bad check digit"));
    }

    @Test
    void conflictsAndPendingRecords() {
        assertChinese(chinese.lang(PlatformErrorText.ofStatus(new RecordSyncStatus(SyncState.CONFLICT, "title"))),
                "title");
        assertNull(PlatformErrorText.ofStatus(RecordSyncStatus.PENDING));
        assertNull(PlatformErrorText.ofStatus(null));
    }

    private static void assertChinese(String text, String code) {
        assertFalse(text.startsWith("!"), () -> "missing key for " + code);
        assertFalse(text.contains(code), () -> "raw code on screen: " + text);
        assertFalse(ENGLISH_WORD.matcher(text.replace("GridDesk", "")).find(), () -> "English on screen: " + text);
    }
}
