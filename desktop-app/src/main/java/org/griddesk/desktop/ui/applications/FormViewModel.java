package org.griddesk.desktop.ui.applications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.griddesk.desktop.service.applications.ApplicationService;
import org.griddesk.desktop.service.applications.OpenApplication;
import org.griddesk.desktop.service.applications.ScannerFolder;
import org.griddesk.desktop.service.applications.Signature;
import org.griddesk.desktop.service.forms.AnswerOutcome;
import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.FormProblem;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * One open application form: the questions shown now, a message at each question JavaRosa refused, autosave after
 * every answer. JavaRosa runs on the FX thread (each step takes well under a millisecond); the store is written in
 * the background.
 */
public final class FormViewModel {

    private static final java.time.format.DateTimeFormatter SIGNED_AT = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final OpenApplication open;
    private final ApplicationService service;
    private final TaskExecutor executor;
    private final ObservableList<ShownItem> items = FXCollections.observableArrayList();
    private final ObservableMap<String, Message> messages = FXCollections.observableHashMap();
    private final ObjectProperty<Message> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Signature> signature = new SimpleObjectProperty<>();
    private final ObjectProperty<Message> signed = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ScannerFolder scans;
    private final ObservableMap<String, Picture> pictures = FXCollections.observableHashMap();

    /** A picture attached while the form is open, to show at its question with where it came from. */
    public record Picture(byte[] bytes, Message caption) {
    }

    FormViewModel(OpenApplication open, ApplicationService service, ScannerFolder scans, TaskExecutor executor,
                  String languageCode) {
        this.open = open;
        this.service = service;
        this.scans = scans;
        this.executor = executor;
        open.form().useLanguageFor(languageCode);
        signature.addListener((observable, before, now) -> signed.set(signedMessage(now)));
        signature.set(open.draft().signature());
        signed.set(signedMessage(signature.get()));
        refresh();
    }

    public OpenApplication open() {
        return open;
    }

    public ObservableList<ShownItem> items() {
        return items;
    }

    public ObservableMap<String, Message> messages() {
        return messages;
    }

    public ObjectProperty<Message> statusProperty() {
        return status;
    }

    /** Who signed and when, in words; null before signing. */
    public ObjectProperty<Message> signedProperty() {
        return signed;
    }

    private static Message signedMessage(Signature signature) {
        if (signature == null) {
            return null;
        }
        String at = SIGNED_AT.format(signature.at());
        return signature.byProxy()
                ? new Message("applications.sign.doneProxy." + signature.proxyRelation(), at, signature.proxyName())
                : new Message("applications.sign.done", at);
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public String title() {
        return open.form().title().isBlank() ? open.template().title() : open.form().title();
    }

    public String residentName() {
        return open.draft().residentName();
    }

    void useLanguage(String languageCode) {
        open.form().useLanguageFor(languageCode);
        refresh();
    }

    public void answer(String key, String text) {
        AnswerOutcome outcome = open.form().answer(key, text);
        show(key, outcome);
        refresh();
        autosave();
    }

    public void addRepeat(String key) {
        open.form().addRepeat(key);
        refresh();
        autosave();
    }

    public void removeRepeat(String key) {
        open.form().removeRepeat(key);
        messages.clear();
        refresh();
        autosave();
    }

    /** The pictures attached since the form was opened, by question key. */
    public ObservableMap<String, Picture> pictures() {
        return pictures;
    }

    /** A picture file chosen for an image question; only PNG and JPEG are taken. Read in the background. */
    public void attachImage(String key, Path file) {
        executor.execute(progress -> {
            byte[] bytes = Files.readAllBytes(file);
            return new Stored(bytes, service.storeImage(bytes));
        }, TaskCallbacks.of(stored -> attached(key, stored, new Message("applications.form.imageAttached")),
                failure -> messages.put(key, new Message("applications.form.imageFailed"))));
    }

    /** The newest picture of the scanner folder set in 设置, found, read and stored in the background. */
    public void takeNewestScan(String key) {
        messages.remove(key);
        status.set(new Message("applications.form.scanning"));
        executor.execute(progress -> {
            ScannerFolder.Scan scan = scans.newest();
            return new Taken(scan, scan.outcome() == ScannerFolder.Outcome.FOUND
                    ? new Stored(scan.bytes(), service.storeImage(scan.bytes())) : null);
        }, TaskCallbacks.of(taken -> {
            status.set(null);
            ScannerFolder.Scan scan = taken.scan();
            switch (scan.outcome()) {
                case UNSET -> messages.put(key, new Message("applications.form.scan.unset"));
                case MISSING -> messages.put(key, new Message("applications.form.scan.missing", scan.folder().toString()));
                case EMPTY -> messages.put(key, new Message("applications.form.scan.empty", scan.folder().toString()));
                case UNREADABLE -> messages.put(key, new Message("applications.form.scan.unreadable",
                        scan.file().getFileName().toString()));
                case FOUND -> attached(key, taken.stored(), new Message("applications.form.scanTaken",
                        scan.file().getFileName().toString()));
            }
        }, failure -> {
            status.set(null);
            messages.put(key, new Message("applications.form.imageFailed"));
        }));
    }

    private record Stored(byte[] bytes, String sha256) {
    }

    private record Taken(ScannerFolder.Scan scan, Stored stored) {
    }

    private void attached(String key, Stored stored, Message caption) {
        try {
            service.attachStored(open, key, stored.sha256());
        } catch (IllegalArgumentException gone) {
            // the question was hidden (an answer changed its relevance) or removed while the picture was read
            return;
        }
        messages.remove(key);
        pictures.put(key, new Picture(stored.bytes(), caption));
        refresh();
        autosave();
    }

    /** The drawn signature; the time and, for a proxy, name and relation are recorded with it. */
    public boolean sign(String key, byte[] png, boolean byProxy, String proxyName, String relation) {
        if (byProxy && (proxyName == null || proxyName.isBlank() || relation == null || relation.isBlank())) {
            messages.put(key, new Message("applications.sign.proxyRequired"));
            return false;
        }
        signature.set(service.sign(open, key, png, byProxy, proxyName, relation));
        messages.remove(key);
        refresh();
        return true;
    }

    /** Shows every problem at its question; true when the form may be submitted. */
    boolean showProblems(List<FormProblem> problems, boolean signatureMissing) {
        messages.clear();
        problems.forEach(problem -> show(problem.key(), problem.outcome()));
        if (signatureMissing) {
            items.stream().filter(item -> item.input() == ShownItem.Input.SIGNATURE
                            && item.type() == ShownItem.Type.QUESTION)
                    .forEach(item -> messages.put(item.key(), new Message("applications.sign.missing")));
        }
        return messages.isEmpty();
    }

    /** The registry field a question is filled from, for a correction offered back to the registry. */
    String prefillField(String key) {
        return open.form().items().stream().filter(item -> item instanceof FormItem.Question q && q.key().equals(key))
                .map(item -> ((FormItem.Question) item).prefillField()).findFirst().orElse(null);
    }

    private void show(String key, AnswerOutcome outcome) {
        switch (outcome.kind()) {
            case OK -> messages.remove(key);
            case REQUIRED -> messages.put(key, outcome.templateMessage()
                    .map(text -> new Message("applications.form.templateMessage", text))
                    .orElse(new Message("applications.form.required")));
            case WRONG_TYPE -> messages.put(key, new Message("applications.form.wrongType"));
            case CONSTRAINT -> messages.put(key, outcome.templateMessage()
                    .map(text -> new Message("applications.form.templateMessage", text))
                    .orElse(new Message("applications.form.constraint")));
        }
    }

    void refresh() {
        items.setAll(open.form().items().stream().map(ShownItems::of).toList());
    }

    private void autosave() {
        Map<String, Object> answers = open.form().answers();
        long snapshot = open.takeSnapshot();
        status.set(new Message("applications.form.saving"));
        executor.execute(progress -> {
            service.save(open, answers, snapshot);
            return answers;
        }, TaskCallbacks.of(saved -> status.set(new Message("applications.form.saved")),
                failure -> status.set(new Message("applications.form.saveFailed"))));
    }
}
