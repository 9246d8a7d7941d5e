package org.griddesk.desktop.service.applications;

import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.forms.FormFixtures;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryFixtures;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.store.DeviceStore;
import org.griddesk.sync.store.RecordSyncStatus;

/** A store holding the 高龄津贴 template as if pulled from the platform, and residents to apply for. */
public final class ApplicationFixtures {

    /** 王秀英, female, born 1942-03-05. */
    public static final String WANG_ID = "50010119420305004X";
    public static final String WANG_MASKED = "5001**********004X";
    public static final String TEMPLATE_RECORD_ID = "01930000-0000-7000-8000-00000000f001";

    private ApplicationFixtures() {
    }

    /** Puts the template in as a synced record (what a pull does): base and local view, nothing pending. */
    public static void pullTemplate(DeviceStore store) {
        pull(store, new SyncRecord(ApplicationFields.TEMPLATE_TYPE, TEMPLATE_RECORD_ID, Map.of(
                ApplicationFields.FORM_ID, FormFixtures.GAOLING_ID, ApplicationFields.VERSION,
                FormFixtures.GAOLING_VERSION, ApplicationFields.TITLE, "高龄津贴申请", ApplicationFields.LANGUAGES,
                List.of("中文 (zh)", "English (en)"), ApplicationFields.XFORM, FormFixtures.gaolingXForm(),
                ApplicationFields.TEMPLATE_STATUS, "active"), 1, false));
    }

    public static void pull(DeviceStore store, SyncRecord record) {
        store.atomically(() -> {
            store.putBase(record);
            store.putLocalView(record);
            store.setStatus(record.key(), RecordSyncStatus.SYNCED);
        });
    }

    /** Two residents: 王秀英 (84 on the test clock's year) and 张三 (36); returns 王秀英's id. */
    public static String residents(EncryptedDeviceSession session) {
        RegistryService registry = Registries.open(session, "test");
        String household = registry.saveHousehold(null, RegistryFixtures.household("东方广场1号")).record().id();
        String wang = registry.saveResident(null, RegistryFixtures.resident(household, "王秀英", WANG_ID, "2",
                "1942-03-05", "02")).record().id();
        registry.saveResident(null, RegistryFixtures.resident(household, "张三", RegistryFixtures.ZHANG_SAN_ID, "1",
                "1990-03-07", "20"));
        return wang;
    }
}
