package org.griddesk.desktop.service.applications;

import java.time.Clock;
import java.util.function.Supplier;

import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.forms.FormDefinitions;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.sync.SignedInAccount;
import org.griddesk.desktop.service.sync.SyncAccountStore;
import org.griddesk.desktop.store.SettingsTable;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.model.record.UuidV7Generator;

/** The services behind the 代办 workspace, wired for one unlocked encrypted store. */
public record Applications(ApplicationService applications, ApplicationReceipts receipts, ServiceRatings ratings,
                           SettingsTable settings) {

    /** The worker's phone number printed on receipts, kept in the encrypted settings. */
    public static final String WORKER_PHONE_SETTING = "worker_phone";

    /** Parsed forms are shared by every session of this JVM: a template is parsed once. */
    private static final FormDefinitions FORMS = new FormDefinitions();

    /**
     * Reads the registry once (slow on a big village): call it off the FX thread. Work is signed with the signed-in
     * user's name, the device id before the first sign-in, as the 事件 workspace does.
     */
    public static Applications open(EncryptedDeviceSession session) {
        SettingsTable settings = session.store().settings();
        Supplier<String> worker = worker(session);
        RegistryService registry = Registries.open(session, Registries.signedInWorker(session));
        Clock clock = Clock.system(Registries.CHINA);
        ApplicationService service = new ApplicationService(session.records(), session.clock(),
                session.records()::localViews, FORMS, new ApplicationDrafts(session.store().applicationDrafts()),
                new EncryptedBlobStore(session.dataDir().resolve("blobs"), settings), new RegistryResidents(registry),
                new UuidV7Generator(), clock, worker);
        return new Applications(service, new ApplicationReceipts(service, FORMS, Registries.CHINA),
                new ServiceRatings(session.records(), session.clock(), new UuidV7Generator(), clock, worker), settings);
    }

    /** 好差评 alone, for a rating after a visit (住户), signed like every other record of the worker. */
    public static ServiceRatings ratings(EncryptedDeviceSession session) {
        return new ServiceRatings(session.records(), session.clock(), new UuidV7Generator(),
                Clock.system(Registries.CHINA), worker(session));
    }

    private static Supplier<String> worker(EncryptedDeviceSession session) {
        SyncAccountStore accounts = new SyncAccountStore(session.store().settings());
        return () -> accounts.account().map(SignedInAccount::username).filter(name -> !name.isBlank())
                .orElse(session.clock().deviceId());
    }

    /** The submitted applications as printed forms. */
    public ApplicationFormPrints formPrints() {
        return new ApplicationFormPrints(applications, FORMS, Registries.CHINA);
    }

    /** The scanner's folder set in 设置, read when a scan is taken (the setting may change meanwhile). */
    public ScannerFolder scannerFolder() {
        return new ScannerFolder(() -> settings.get(org.griddesk.desktop.service.StoredSettings.SCANNER_FOLDER));
    }

    public String workerPhone() {
        return settings.get(WORKER_PHONE_SETTING).orElse("");
    }

    public void saveWorkerPhone(String phone) {
        settings.put(WORKER_PHONE_SETTING, phone == null ? "" : phone.strip());
    }
}
