package org.griddesk.desktop.service.applications;

import org.griddesk.model.forms.FormTemplateInfo;
import org.griddesk.model.forms.XFormException;
import org.griddesk.model.forms.XFormInfoReader;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.griddesk.desktop.service.forms.FormDefinitions;
import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.FormProblem;
import org.griddesk.desktop.service.forms.FormSession;
import org.griddesk.desktop.service.forms.QuestionKind;
import org.griddesk.desktop.service.issues.RecordsOfType;
import org.griddesk.desktop.store.blobs.EncryptedBlobStore;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.sync.clock.HybridLogicalClock;
import org.griddesk.sync.record.RecordKey;
import org.griddesk.sync.record.SyncRecord;
import org.griddesk.sync.session.LocalChanges;
import org.griddesk.sync.store.DeviceStore;

/**
 * Assisted applications (代办): a template chosen for a resident, the form filled in with the registry's details,
 * autosaved as a draft in the encrypted store, signed, validated by JavaRosa and submitted as a synced
 * {@code application} record. The device only ever moves an application from draft to submitted.
 */
public final class ApplicationService {

    private final DeviceStore store;
    private final LocalChanges changes;
    private final RecordsOfType records;
    private final FormDefinitions forms;
    private final ApplicationDrafts drafts;
    private final EncryptedBlobStore blobs;
    private final ResidentRegistry registry;
    private final UuidV7Generator ids;
    private final Clock clock;
    private final Supplier<String> worker;

    public ApplicationService(DeviceStore store, HybridLogicalClock hlc, RecordsOfType records, FormDefinitions forms,
                              ApplicationDrafts drafts, EncryptedBlobStore blobs, ResidentRegistry registry,
                              UuidV7Generator ids, Clock clock, Supplier<String> worker) {
        this.store = store;
        this.changes = new LocalChanges(store, hlc);
        this.records = records;
        this.forms = forms;
        this.drafts = drafts;
        this.blobs = blobs;
        this.registry = registry;
        this.ids = ids;
        this.clock = clock;
        this.worker = worker;
    }

    public ResidentRegistry registry() {
        return registry;
    }

    public String worker() {
        return worker.get();
    }

    /** The newest active version of each template, by title. */
    public List<FormTemplate> templates() {
        Map<String, FormTemplate> newest = new LinkedHashMap<>();
        for (FormTemplate template : FormTemplate.all(records)) {
            if (template.active()) {
                newest.merge(template.formId(), template,
                        (a, b) -> Versions.compare(a.version(), b.version()) >= 0 ? a : b);
            }
        }
        return newest.values().stream().sorted(Comparator.comparing(FormTemplate::title)).toList();
    }

    /** Any version, retired ones too: an application started on an older version is finished on it. */
    public Optional<FormTemplate> template(String formId, String version) {
        return FormTemplate.all(records).stream()
                .filter(t -> t.formId().equals(formId) && t.version().equals(version)).findFirst();
    }

    /**
     * Every active template for this resident, those whose own conditions the resident meets first: an age of at
     * least {@code gd:min_age}, at most {@code gd:max_age} and one of the resident's tags among {@code gd:tags}, each where the template sets it.
     */
    public List<TemplateChoice> choicesFor(String residentId) {
        Optional<ResidentSummary> resident = registry.resident(residentId);
        List<TemplateChoice> choices = new ArrayList<>();
        for (FormTemplate template : templates()) {
            choices.add(new TemplateChoice(template, resident.map(r -> qualifies(r, template)).orElse(false)));
        }
        choices.sort(Comparator.comparing((TemplateChoice choice) -> !choice.suggested()));
        return choices;
    }

    /** The template's own conditions (gd:min_age, gd:max_age, gd:tags on its model), read as the platform reads them. */
    private static boolean qualifies(ResidentSummary resident, FormTemplate template) {
        FormTemplateInfo info;
        try {
            info = XFormInfoReader.read(template.xform());
        } catch (XFormException e) {
            return false;
        }
        OptionalInt age = resident.age();
        if (age.isEmpty() && (info.minAge().isPresent() || info.maxAge().isPresent())) {
            return false;
        }
        return info.suggestedFor(age.orElse(0), resident.tags());
    }

    /** A new draft for the resident, its questions bound to the registry filled in; saved at once. */
    public OpenApplication start(String residentId, FormTemplate template, String grid) {
        ResidentSummary resident = registry.resident(residentId)
                .orElseThrow(() -> new IllegalArgumentException("unknown resident " + residentId));
        FormSession form = FormSession.start(forms.open(template.formId(), template.version(), template.xform()));
        form.prefillMembers(registry.householdMembers(residentId));
        form.prefill(registry.prefillValues(residentId), true);
        ApplicationDraft draft = new ApplicationDraft(ids.nextId(), residentId, resident.name(),
                grid == null || grid.isBlank() ? resident.grid() : grid, template.formId(), template.version(),
                form.answers(), List.of(), null, clock.instant());
        drafts.save(draft);
        return new OpenApplication(template, form, draft);
    }

    /** A saved draft opened again; answers that came from the registry are marked as such once more. */
    public OpenApplication resume(String draftId) {
        ApplicationDraft draft = drafts.find(draftId)
                .orElseThrow(() -> new IllegalArgumentException("no draft " + draftId));
        FormTemplate template = template(draft.templateId(), draft.templateVersion())
                .orElseThrow(() -> new IllegalStateException("template gone: " + draft.templateId()));
        FormSession form = FormSession.resume(forms.open(template.formId(), template.version(), template.xform()),
                draft.answers());
        form.prefill(registry.prefillValues(draft.residentId()), false);
        return new OpenApplication(template, form, draft);
    }

    public List<ApplicationDraft> drafts() {
        return drafts.all();
    }

    /** Keeps the answers as they are now (autosave). */
    public void save(OpenApplication open) {
        save(open, open.form().answers(), open.takeSnapshot());
    }

    /**
     * Keeps answers taken from the form earlier: the screen reads them on its own thread and the store writes them
     * on a background one, so the form itself is never touched from two threads.
     */
    public void save(OpenApplication open, Map<String, Object> answers, long snapshot) {
        synchronized (open) {
            if (!open.isNewerThanWritten(snapshot)) {
                return;
            }
            ApplicationDraft saved = open.draft().withAnswers(answers, clock.instant());
            drafts.save(saved);
            open.replace(saved);
            open.written(snapshot);
        }
    }

    public void discard(String draftId) {
        drafts.discard(draftId);
    }

    /** A picture (a scan, a photo) as the answer of an image question; the file goes to the encrypted blob store. */
    public void attachImage(OpenApplication open, String key, byte[] image) {
        attachStored(open, key, storeImage(image));
        save(open);
    }

    /** Keeps a picture in the encrypted blob store and names it; touches no form, so any thread may call it. */
    public String storeImage(byte[] image) {
        if (!isPicture(image)) {
            throw new IllegalArgumentException("only PNG and JPEG pictures are taken");
        }
        return blobs.put(image);
    }

    /**
     * A picture already stored ({@link #storeImage}) as the answer of an image question, on the form's thread; the
     * draft is written by the next save.
     */
    public void attachStored(OpenApplication open, String key, String sha256) {
        open.form().answer(key, sha256 + ".png");
        synchronized (open) {
            open.replace(open.draft().withAttachment(sha256, clock.instant()));
        }
    }

    /** The signature drawn on screen (a PNG) as the answer of the signature question, with who signed and when. */
    public Signature sign(OpenApplication open, String key, byte[] png, boolean byProxy, String proxyName,
                          String relation) {
        String sha256 = blobs.put(png);
        Signature signature = new Signature(sha256, clock.instant(), byProxy, byProxy ? proxyName : "",
                byProxy ? relation : "");
        open.form().answer(key, sha256 + ".png");
        synchronized (open) {
            open.replace(open.draft().withSignature(signature, clock.instant()));
        }
        save(open);
        return signature;
    }

    /**
     * Validates the whole form with JavaRosa and, when nothing is wrong, writes the application as submitted (it
     * goes with the next sync) and removes the draft. Refused: nothing is written.
     */
    public Application submit(OpenApplication open) {
        save(open);
        FormSession form = open.form();
        List<FormProblem> problems = form.validate();
        ApplicationDraft draft = open.draft();
        boolean signatureAsked = form.items().stream().anyMatch(item -> item instanceof FormItem.Question q
                && q.kind() == QuestionKind.SIGNATURE);
        boolean unsigned = signatureAsked && draft.signature() == null;
        if (!problems.isEmpty() || unsigned) {
            throw new ApplicationRefusedException(problems, unsigned);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ApplicationFields.GRID, draft.grid());
        fields.put(ApplicationFields.TEMPLATE_ID, draft.templateId());
        fields.put(ApplicationFields.TEMPLATE_VERSION, draft.templateVersion());
        fields.put(ApplicationFields.RESIDENT_ID, draft.residentId());
        fields.put(ApplicationFields.ANSWERS, form.answers());
        fields.put(ApplicationFields.STATUS, ApplicationStatus.SUBMITTED.code());
        fields.put(ApplicationFields.ATTACHMENTS, draft.attachments());
        fields.put(ApplicationFields.SUBMITTED_AT, clock.instant().toString());
        fields.put(ApplicationFields.WORKER, worker.get());
        Signature signature = draft.signature();
        if (signature != null) {
            fields.put(ApplicationFields.SIGNATURE, signature.sha256());
            fields.put(ApplicationFields.SIGNED_AT, signature.at().toString());
            fields.put(ApplicationFields.SIGNED_BY, signature.signedBy());
            if (signature.byProxy()) {
                fields.put(ApplicationFields.PROXY_NAME, signature.proxyName());
                fields.put(ApplicationFields.PROXY_RELATION, signature.proxyRelation());
            }
        }
        // the record first: should the draft outlive a crash here, submitting it again writes the same record
        Application submitted = Application.of(changes.set(new RecordKey(ApplicationFields.TYPE, draft.id()), fields));
        drafts.discard(draft.id());
        drafts.markSeen(draft.id(), ApplicationStatus.SUBMITTED.code());
        return submitted;
    }

    /** PNG or JPEG, by the first bytes. */
    static boolean isPicture(byte[] bytes) {
        boolean png = bytes.length > 4 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N'
                && bytes[3] == 'G';
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
        return png || jpeg;
    }

    public Optional<Application> find(String id) {
        return store.localView(new RecordKey(ApplicationFields.TYPE, id)).filter(record -> !record.deleted())
                .map(Application::of);
    }

    /** Submitted applications, newest first (ids are UUIDv7). */
    public List<Application> applications() {
        return records.localViews(ApplicationFields.TYPE).stream().filter(record -> !record.deleted())
                .sorted(Comparator.comparing(SyncRecord::id).reversed()).map(Application::of).toList();
    }

    /** Applications whose status changed (by a decision that came with a sync) since the worker last saw them. */
    public List<Application> changedSinceSeen() {
        Map<String, String> seen = drafts.seenStatuses();
        return applications().stream()
                .filter(application -> !application.status().code().equals(seen.get(application.id())))
                .toList();
    }

    /** The worker has seen the decision (and told the resident). */
    public void markSeen(Application application) {
        drafts.markSeen(application.id(), application.status().code());
    }

    public boolean hasBlob(String sha256) {
        return blobs.contains(sha256);
    }

    public byte[] blob(String sha256) {
        return blobs.get(sha256);
    }
}
