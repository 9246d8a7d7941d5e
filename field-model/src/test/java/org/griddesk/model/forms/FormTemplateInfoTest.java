package org.griddesk.model.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desktop suggests applications from the templates' own metadata, read back from the XForm. */
class FormTemplateInfoTest {

    @Test
    void ageAndTagConditionsDecideTheSuggestion() {
        FormTemplateInfo elderly = new FormTemplateInfo("elderly_allowance", "1", "高龄津贴申请", List.of("zh"),
                Optional.of(80), Optional.empty(), List.of());
        assertTrue(elderly.suggestedFor(80, List.of()));
        assertFalse(elderly.suggestedFor(79, List.of("低保")));
        FormTemplateInfo dibao = new FormTemplateInfo("dibao", "1", "最低生活保障申请", List.of("zh"),
                Optional.empty(), Optional.empty(), List.of("低保", "困难"));
        assertTrue(dibao.suggestedFor(40, List.of("困难", "党员")));
        assertFalse(dibao.suggestedFor(40, List.of("党员")));
        FormTemplateInfo anyone = new FormTemplateInfo("f", "1", "F", List.of(), null, null, List.of());
        assertTrue(anyone.suggestedFor(5, List.of()));
    }

    @Test
    void theBuiltInTemplatesCarryTheirConditionsIntoTheXForm() throws Exception {
        String elderly = new XlsFormConverter().convert(BuiltInTemplateWorkbooks.elderlyAllowance().stream()).xform();
        FormTemplateInfo info = XFormInfoReader.read(elderly);
        assertEquals(Optional.of(80), info.minAge());
        assertTrue(info.suggestedFor(86, List.of()));
        String disability = new XlsFormConverter().convert(BuiltInTemplateWorkbooks.disabilitySubsidy().stream())
                .xform();
        assertEquals(List.of("残疾"), XFormInfoReader.read(disability).tags());
    }
}
