package org.griddesk.desktop.ui.applications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.griddesk.desktop.service.applications.Application;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.receipts.CjkFonts;
import org.griddesk.desktop.service.receipts.FormPdf;
import org.griddesk.desktop.ui.dialog.DialogService;
import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;

/**
 * The submitted application as a printed form, next to its receipt: drawn in the background in the language of the
 * screen, then printed through the system's print dialog or saved where the worker chooses.
 */
public final class FormPdfActions {

    private final Supplier<Applications> services;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Localization localization;
    private final Consumer<Message> notice;
    private final ObjectProperty<byte[]> pdf = new SimpleObjectProperty<>(this, "formPdf");

    FormPdfActions(Supplier<Applications> services, TaskExecutor executor, DialogService dialogs,
                   Localization localization, Consumer<Message> notice) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.localization = localization;
        this.notice = notice;
    }

    /** The drawn form; null while it is drawn or when none is. */
    public ObjectProperty<byte[]> pdfProperty() {
        return pdf;
    }

    void make(Application application) {
        pdf.set(null);
        draw(application, pdf::set);
    }

    void clear() {
        pdf.set(null);
    }

    public void save() {
        chooseFile().ifPresent(this::save);
    }

    public void save(Path file) {
        byte[] drawn = pdf.get();
        if (drawn != null) {
            write(file, drawn);
        }
    }

    public void print() {
        byte[] drawn = pdf.get();
        if (drawn != null) {
            print(drawn);
        }
    }

    /** A copy of an application submitted earlier (a line of 我的代办), drawn and then printed. */
    public void printFor(ApplicationRow row) {
        if (row != null && row.application() != null) {
            draw(row.application(), this::print);
        }
    }

    /** As above, saved where the worker chooses. */
    public void saveFor(ApplicationRow row) {
        if (row != null && row.application() != null) {
            chooseFile().ifPresent(file -> draw(row.application(), drawn -> write(file, drawn)));
        }
    }

    private void draw(Application application, Consumer<byte[]> then) {
        Locale locale = localization.getLocale();
        executor.execute(progress -> FormPdf.withSystemFont().write(
                services.get().formPrints().printOf(application, locale.getLanguage()), locale),
                TaskCallbacks.of(then::accept, this::failed));
    }

    private java.util.Optional<Path> chooseFile() {
        return dialogs.chooseFileToSave(new Message("applications.formPdf.save"),
                localization.lang("applications.formPdf.fileName") + ".pdf",
                new Message("applications.receipt.pdfFiles"), "*.pdf");
    }

    private void write(Path file, byte[] drawn) {
        executor.execute(progress -> Files.write(file, drawn), TaskCallbacks.of(saved -> notice.accept(
                new Message("applications.formPdf.saved", file.getFileName().toString())), this::failed));
    }

    private void print(byte[] drawn) {
        executor.execute(progress -> ReceiptPrinter.print(drawn, "GridDesk application form"),
                TaskCallbacks.of(printed -> notice.accept(printed
                        ? new Message("applications.formPdf.printed") : null), this::failed));
    }

    private void failed(Throwable failure) {
        notice.accept(failure instanceof CjkFonts.NoCjkFontException ? new Message("applications.receipt.noFont")
                : new Message("applications.error", String.valueOf(failure.getMessage())));
    }
}
