package org.griddesk.desktop.service.applications;

import org.griddesk.desktop.service.forms.FormSession;

/** A draft open on screen: its template, the JavaRosa session holding the answers, and the draft as last saved. */
public final class OpenApplication {

    private final FormTemplate template;
    private final FormSession form;
    private ApplicationDraft draft;
    private long taken;
    private long written;

    OpenApplication(FormTemplate template, FormSession form, ApplicationDraft draft) {
        this.template = template;
        this.form = form;
        this.draft = draft;
    }

    public FormTemplate template() {
        return template;
    }

    public FormSession form() {
        return form;
    }

    public synchronized ApplicationDraft draft() {
        return draft;
    }

    synchronized void replace(ApplicationDraft saved) {
        this.draft = saved;
    }

    /** Numbers each snapshot of the answers, so a slow autosave never overwrites a newer one. */
    public synchronized long takeSnapshot() {
        return ++taken;
    }

    synchronized boolean isNewerThanWritten(long snapshot) {
        return snapshot > written;
    }

    synchronized void written(long snapshot) {
        written = snapshot;
    }
}
