package org.griddesk.desktop.ui.applications;

import java.util.List;

import org.griddesk.desktop.service.applications.Application;
import org.griddesk.desktop.service.applications.ApplicationDraft;
import org.griddesk.desktop.service.applications.ApplicationStatus;

/**
 * A line of the 我的代办 list: a draft to resume, or a submitted application with its status; {@code changed} when
 * a decision came with a sync that the worker has not yet passed on to the resident.
 */
public record ApplicationRow(String id, String residentName, String title, ApplicationStatus status,
                             String decisionNote, boolean changed, ApplicationDraft draft, Application application) {

    static ApplicationRow of(ApplicationDraft draft, String title) {
        return new ApplicationRow(draft.id(), draft.residentName(), title, ApplicationStatus.DRAFT, "", false, draft,
                null);
    }

    static ApplicationRow of(Application application, String residentName, String title, boolean changed) {
        return new ApplicationRow(application.id(), residentName, title, application.status(),
                application.decisionNote(), changed, null, application);
    }

    /** What the resident still has to hand in, as the supervisor listed it (needs_materials). */
    public List<String> missingMaterials() {
        return application == null ? List.of() : application.missingMaterials();
    }

    /** The bundle key of the status in words. */
    public String statusKey() {
        return "applications.status." + status.code();
    }

    public boolean isDraft() {
        return draft != null;
    }
}
