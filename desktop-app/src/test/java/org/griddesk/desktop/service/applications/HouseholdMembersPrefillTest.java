package org.griddesk.desktop.service.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 低保 form's repeat of household members (gd:prefill="household.members") starts with one entry per member. */
class HouseholdMembersPrefillTest {

    @TempDir
    Path dataDir;
    private EncryptedDeviceSession session;
    private Applications services;
    private String wang;

    @BeforeEach
    void open() throws Exception {
        session = RegistryFixtures.newSession(dataDir, "家庭成员-预填-2026");
        wang = ApplicationFixtures.residents(session);
        DibaoFormFixture.pullTemplate(session.records());
        services = Applications.open(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void eachMemberOfTheHouseholdIsAnEntryWithNameIdentityNumberAndRelation() {
        FormTemplate dibao = services.applications().templates().stream()
                .filter(template -> template.formId().equals("minimum_living_allowance")).findFirst().orElseThrow();

        OpenApplication open = services.applications().start(wang, dibao, "");

        List<?> members = (List<?>) open.form().answers().get("members");
        assertEquals(2, members.size(), open.form().answers().toString());
        Map<?, ?> first = (Map<?, ?>) members.get(0);
        Map<?, ?> second = (Map<?, ?>) members.get(1);
        assertEquals("王秀英", first.get("member_name"));
        assertEquals(ApplicationFixtures.WANG_ID, first.get("member_id_number"));
        assertEquals("01", first.get("member_relation"), "the applicant (who heads the household) is 本人");
        assertEquals("张三", second.get("member_name"));
        assertEquals(RegistryFixtures.ZHANG_SAN_ID, second.get("member_id_number"));
        assertEquals("20", second.get("member_relation"), "the head's son is the applicant's son");
        assertTrue(services.applications().drafts().stream().anyMatch(draft -> draft.id().equals(open.draft().id())
                && ((List<?>) draft.answers().get("members")).size() == 2), "the prefilled entries are in the draft");
    }

    @Test
    void aDraftOpenedAgainKeepsItsEntriesAndGetsNoMore() {
        FormTemplate dibao = services.applications().templates().stream()
                .filter(template -> template.formId().equals("minimum_living_allowance")).findFirst().orElseThrow();
        OpenApplication open = services.applications().start(wang, dibao, "");

        OpenApplication again = services.applications().resume(open.draft().id());

        assertEquals(2, ((List<?>) again.form().answers().get("members")).size());
    }
}
