package org.griddesk.desktop.ui.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.griddesk.desktop.ui.i18n.Localization;
import org.junit.jupiter.api.Test;

class RecordFieldTextsTest {

    private final RecordFieldTexts resident = new RecordFieldTexts("resident", new Localization(Localization.CHINESE));

    @Test
    void fieldsAreNamedAndCodesReadAsWords() {
        assertEquals("性别", resident.label("sex"));
        assertEquals("男", resident.value("sex", "1"));
        assertEquals("汉族", resident.value("ethnicity", "01"));
        assertEquals("张三", resident.value("name", "张三"));
    }

    @Test
    void numbersStayMaskedAndUnknownCodesAndFieldsShowAsStored() {
        assertEquals("5001**********1033", resident.value("idNumber", "500101196804121033"));
        assertEquals("138****0001", resident.value("phone", "13800000001"));
        assertEquals("99", resident.value("sex", "99"));
        assertEquals("laterField", resident.label("laterField"));
        assertEquals("x", new RecordFieldTexts("later_type", new Localization(Localization.CHINESE)).label("x"));
    }

    @Test
    void aListOfCodesReadsAsAListOfWordsInTheLanguageShown() {
        String chinese = resident.value("careTags", List.of("aged_80_plus", "living_alone"));
        String english = new RecordFieldTexts("resident", new Localization(Localization.ENGLISH))
                .value("careTags", List.of("aged_80_plus", "living_alone"));

        assertEquals("80岁以上老人、独居", chinese);
        assertEquals("Aged 80 or over, Living alone", english);
    }

    @Test
    void fieldsFollowTheRegisterAndUnknownOnesComeLast() {
        assertEquals(List.of("name", "sex", "birthDate", "education", "laterField"),
                resident.inRegisterOrder(List.of("laterField", "birthDate", "education", "sex", "name")));
    }
}
