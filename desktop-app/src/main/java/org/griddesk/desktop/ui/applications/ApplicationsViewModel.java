package org.griddesk.desktop.ui.applications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.griddesk.desktop.service.applications.Application;
import org.griddesk.desktop.service.applications.ApplicationRefusedException;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.applications.ResidentSummary;
import org.griddesk.desktop.service.applications.TemplateChoice;
import org.griddesk.desktop.service.receipts.CjkFonts;
import org.griddesk.desktop.service.receipts.ReceiptPdf;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.BackgroundWork;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * The 代办 workspace: pick a resident, pick one of the applications suggested by the templates, fill it in, sign,
 * submit, hand over the receipt, let the resident rate the service; and the list of drafts and applications with
 * the decisions that came back.
 */
public final class ApplicationsViewModel implements ServiceRater {

    public enum Step { START, CHOOSE, FORM, RECEIPT }

    private final BackgroundWork<Applications> opening;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization localization;
    private Applications services;
    private final List<ResidentSummary> allResidents = new ArrayList<>();
    private final ObservableList<ResidentLine> residents = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<ResidentSummary> resident = new SimpleObjectProperty<>();
    private final StringProperty residentId = new SimpleStringProperty();
    private final List<TemplateChoice> templateChoices = new ArrayList<>();
    private final ObservableList<ChoiceLine> choices = FXCollections.observableArrayList();
    private final ObservableList<ApplicationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FormViewModel> form = new SimpleObjectProperty<>();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.START);
    private final ObjectProperty<Application> submitted = new SimpleObjectProperty<>();
    private final ObjectProperty<byte[]> receipt = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> notice = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty workerPhone = new SimpleStringProperty("");
    private String pendingResident;
    private final StringProperty focusedApplication = new SimpleStringProperty(this, "focusedApplication");
    private final FormPdfActions formPdf;

    public ApplicationsViewModel(BackgroundWork<Applications> opening, TaskExecutor executor, DialogService dialogs,
                                 Localization localization) {
        this.opening = opening;
        this.executor = executor;
        this.dialogs = dialogs;
        this.localization = localization;
        this.formPdf = new FormPdfActions(() -> services, executor, dialogs, localization, notice::set);
        search.addListener((observable, before, now) -> filter());
        resident.addListener((observable, before, now) -> residentId.set(now == null ? null : now.id()));
        localization.localeProperty().addListener((observable, before, now) -> {
            if (form.get() != null) {
                form.get().useLanguage(languageCode());
            }
        });
    }

    public ObservableList<ResidentLine> residents() { return residents; }
    public StringProperty searchProperty() { return search; }
    public ObservableList<ChoiceLine> choices() { return choices; }
    /** The id of the resident the workspace is working for, so the list can show who it is. */
    public StringProperty residentIdProperty() { return residentId; }
    @Override
    public List<String> ratingTags() { return org.griddesk.desktop.service.applications.ServiceRating.TAGS; }

    /** The chosen resident's name, empty before one is chosen. */
    public String residentName() {
        return resident.get() == null ? "" : resident.get().name();
    }
    public ObservableList<ApplicationRow> rows() { return rows; }
    public ObjectProperty<FormViewModel> formProperty() { return form; }
    public ObjectProperty<Step> stepProperty() { return step; }
    public ObjectProperty<Application> submittedProperty() { return submitted; }
    public ObjectProperty<byte[]> receiptProperty() { return receipt; }
    public ObjectProperty<Message> noticeProperty() { return notice; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty workerPhoneProperty() { return workerPhone; }
    /** The submitted application as a printed form, next to the receipt. */
    public FormPdfActions formPdf() { return formPdf; }

    /** Opens the services (reads the registry once) and lists residents and applications. */
    public void load() {
        run(progress -> {
            if (services == null) {
                services = opening.call(progress);
            }
            return new Loaded(services.applications().registry().residents(), ApplicationRows.of(services),
                    services.workerPhone());
        }, loaded -> {
            allResidents.clear();
            allResidents.addAll(loaded.residents());
            filter();
            rows.setAll(loaded.rows());
            workerPhone.set(loaded.phone());
            if (pendingResident != null) {
                startFor(pendingResident);
            }
        });
    }

    private record Loaded(List<ResidentSummary> residents, List<ApplicationRow> rows, String phone) { }

    /** The application the list should select and scroll to (asked for by a line of 今日), or null. */
    public StringProperty focusedApplicationProperty() { return focusedApplication; }

    /** From 今日: selects this application in 我的代办 once the list (being read again) shows it. */
    public void showApplication(String applicationId) {
        focusedApplication.set(null);
        focusedApplication.set(applicationId);
    }

    /** From the 住户 workspace: this resident, once the workspace is loaded. */
    public void startFor(String residentId) {
        pendingResident = residentId;
        allResidents.stream().filter(r -> r.id().equals(residentId)).findFirst().ifPresent(found -> {
            pendingResident = null;
            choose(found);
        });
    }

    public void choose(ResidentLine line) {
        // the list follows the resident chosen elsewhere (住户, a resumed draft): that must not leave the open form
        boolean already = line != null && line.id().equals(residentId.get()) && step.get() != Step.START;
        if (line != null && !already) {
            allResidents.stream().filter(r -> r.id().equals(line.id())).findFirst().ifPresent(this::choose);
        }
    }

    private void choose(ResidentSummary chosen) {
        if (chosen == null || services == null) {
            return;
        }
        resident.set(chosen);
        run(progress -> services.applications().choicesFor(chosen.id()), found -> {
            templateChoices.clear();
            templateChoices.addAll(found);
            choices.setAll(found.stream().map(choice -> new ChoiceLine(choice.template().formId(),
                    choice.template().title(), choice.suggested())).toList());
            form.set(null);
            step.set(Step.CHOOSE);
        });
    }

    public void start(ChoiceLine line) {
        TemplateChoice choice = templateChoices.stream().filter(c -> c.template().formId().equals(line.formId()))
                .findFirst().orElseThrow();
        ResidentSummary who = resident.get();
        run(progress -> services.applications().start(who.id(), choice.template(), ""), open -> {
            form.set(new FormViewModel(open, services.applications(), services.scannerFolder(), executor,
                    languageCode()));
            step.set(Step.FORM);
            reloadRows();
        });
    }

    public void resume(ApplicationRow row) {
        if (row == null || !row.isDraft()) {
            return;
        }
        run(progress -> services.applications().resume(row.id()), open -> {
            allResidents.stream().filter(r -> r.id().equals(open.draft().residentId())).findFirst()
                    .ifPresent(resident::set);
            form.set(new FormViewModel(open, services.applications(), services.scannerFolder(), executor,
                    languageCode()));
            step.set(Step.FORM);
        });
    }

    public void discard() {
        FormViewModel current = form.get();
        if (current == null || !dialogs.showConfirmation(new Message("applications.discard.title"),
                new Message("applications.discard.confirm"))) {
            return;
        }
        run(progress -> {
            services.applications().discard(current.open().draft().id());
            return current;
        }, done -> {
            form.set(null);
            step.set(resident.get() == null ? Step.START : Step.CHOOSE);
            reloadRows();
        });
    }

    /** Validates the whole form with JavaRosa; refused, each problem shows at its question. */
    public void submit() {
        FormViewModel current = form.get();
        if (current == null) {
            return;
        }
        current.busyProperty().set(true);
        busy.set(true);
        executor.execute(progress -> services.applications().submit(current.open()), TaskCallbacks.of(application -> {
            current.busyProperty().set(false);
            submitted.set(application);
            receipt.set(null);
            step.set(Step.RECEIPT);
            reloadRows();
            makeReceipt(application);
            formPdf.make(application);
        }, failure -> {
            current.busyProperty().set(false);
            busy.set(false);
            if (failure instanceof ApplicationRefusedException refused) {
                current.showProblems(refused.problems(), refused.signatureMissing());
                notice.set(new Message("applications.submit.refused", current.messages().size()));
            } else {
                notice.set(new Message("applications.submit.failed"));
            }
        }));
    }

    private void makeReceipt(Application application) {
        String phone = workerPhone.get();
        Locale locale = localization.getLocale();
        run(progress -> {
            services.saveWorkerPhone(phone);
            return ReceiptPdf.withSystemFont().write(
                    services.receipts().dataFor(application, locale.getLanguage(), phone), locale);
        }, receipt::set);
    }

    /** The worker changed the phone printed on receipts: the receipt is drawn again. */
    public void redrawReceipt() {
        if (submitted.get() != null) {
            makeReceipt(submitted.get());
        }
    }

    /** Asks where to save the receipt (the app's dialog service) and writes it there. */
    public void saveReceipt() {
        dialogs.chooseFileToSave(new Message("applications.receipt.save"),
                localization.lang("applications.receipt.fileName") + ".pdf", new Message("applications.receipt.pdfFiles"),
                "*.pdf").ifPresent(this::saveReceipt);
    }

    public void saveReceipt(Path file) {
        byte[] pdf = receipt.get();
        if (pdf == null) {
            return;
        }
        run(progress -> Files.write(file, pdf), saved -> notice.set(new Message("applications.receipt.saved",
                file.getFileName().toString())));
    }

    public void printReceipt() {
        byte[] pdf = receipt.get();
        if (pdf != null) {
            run(progress -> ReceiptPrinter.print(pdf), printed -> notice.set(printed
                    ? new Message("applications.receipt.printed") : null));
        }
    }

    @Override
    public void rate(int level, List<String> tags, String comment, Runnable done) {
        ResidentSummary who = resident.get();
        Application application = submitted.get();
        String grid = application != null ? application.grid() : who == null ? "" : who.grid();
        run(progress -> services.ratings().rate(who.id(), grid, level, tags, comment), rating -> {
            notice.set(new Message(rating.poor() ? "applications.rating.poorThanks" : "applications.rating.thanks"));
            done.run();
        });
    }

    public void markSeen(ApplicationRow row) {
        if (row != null && row.application() != null && row.changed()) {
            run(progress -> {
                services.applications().markSeen(row.application());
                return row;
            }, seen -> reloadRows());
        }
    }

    /** Asks before writing a corrected prefilled answer back to the registry; never silently. */
    public void offerCorrection(ShownItem question) {
        ResidentSummary who = resident.get();
        FormViewModel current = form.get();
        if (who == null || current == null || !dialogs.showConfirmation(new Message("applications.correction.title"),
                new Message("applications.correction.confirm", question.label(), question.correctedFrom(),
                        question.value()))) {
            return;
        }
        String field = current.prefillField(question.key());
        run(progress -> services.applications().registry().correct(who.id(), field, question.value()), problems -> {
            notice.set(problems.isEmpty() ? new Message("applications.correction.saved")
                    : new Message("applications.correction.refused", String.join("; ", problems)));
            if (problems.isEmpty() && form.get() != null) {
                form.get().open().form().prefill(services.applications().registry().prefillValues(who.id()), false);
                form.get().refresh();
            }
        });
    }

    public void newApplication() {
        form.set(null);
        submitted.set(null);
        receipt.set(null);
        formPdf.clear();
        busy.set(false);
        step.set(resident.get() == null ? Step.START : Step.CHOOSE);
    }

    private void reloadRows() {
        run(progress -> ApplicationRows.of(services), rows::setAll);
    }

    private void filter() {
        String text = search.get() == null ? "" : search.get().strip();
        residents.setAll(allResidents.stream().filter(r -> text.isEmpty() || r.name().contains(text))
                .map(r -> new ResidentLine(r.id(), r.name(), r.maskedIdNumber(), r.age().orElse(-1))).toList());
    }

    String languageCode() {
        return localization.getLocale().getLanguage();
    }

    private <T> void run(BackgroundWork<T> work, java.util.function.Consumer<T> onSuccess) {
        executor.execute(work, TaskCallbacks.of(onSuccess::accept, failure -> {
            notice.set(failure instanceof CjkFonts.NoCjkFontException ? new Message("applications.receipt.noFont")
                    : new Message("applications.error", String.valueOf(failure.getMessage())));
        }));
    }

    /** The rows of 我的代办, resident names from the registry, titles from the templates. */
    static final class ApplicationRows {
        private ApplicationRows() {
        }

        static List<ApplicationRow> of(Applications services) {
            var service = services.applications();
            Map<String, String> names = new HashMap<>();
            service.registry().residents().forEach(r -> names.put(r.id(), r.name()));
            Set<String> changed = new java.util.HashSet<>();
            service.changedSinceSeen().forEach(a -> changed.add(a.id()));
            List<ApplicationRow> rows = new ArrayList<>();
            service.drafts().forEach(draft -> rows.add(ApplicationRow.of(draft, title(services, draft.templateId(),
                    draft.templateVersion()))));
            service.applications().forEach(application -> rows.add(ApplicationRow.of(application,
                    names.getOrDefault(application.residentId(), ""),
                    title(services, application.templateId(), application.templateVersion()),
                    changed.contains(application.id()))));
            return rows;
        }

        private static String title(Applications services, String formId, String version) {
            return services.applications().template(formId, version).map(t -> t.title()).orElse(formId);
        }
    }
}
