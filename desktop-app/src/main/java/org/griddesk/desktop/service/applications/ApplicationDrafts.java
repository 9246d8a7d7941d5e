package org.griddesk.desktop.service.applications;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.griddesk.desktop.store.ApplicationDraftTable;
import org.griddesk.desktop.store.StoreAccessException;

/** Drafts kept in the encrypted store, and the statuses the worker has seen. */
public final class ApplicationDrafts {

    private final ApplicationDraftTable table;

    public ApplicationDrafts(ApplicationDraftTable table) {
        this.table = table;
    }

    public void save(ApplicationDraft draft) {
        String body = DraftJson.write(draft);
        guarded("a draft could not be saved", () -> {
            table.save(draft.id(), draft.residentId(), draft.templateId(), body, draft.updatedAt());
            return null;
        });
    }

    public Optional<ApplicationDraft> find(String id) {
        return guarded("drafts could not be read", () -> table.body(id)).map(DraftJson::read);
    }

    /** Newest first. */
    public List<ApplicationDraft> all() {
        return guarded("drafts could not be read", table::bodies).stream().map(DraftJson::read).toList();
    }

    public void discard(String id) {
        guarded("the drafts table could not be changed", () -> {
            table.delete(id);
            return null;
        });
    }

    /** The status of each application as the worker last acknowledged it. */
    public Map<String, String> seenStatuses() {
        return guarded("seen statuses could not be read", table::seenStatuses);
    }

    public void markSeen(String id, String status) {
        guarded("the drafts table could not be changed", () -> {
            table.markSeen(id, status);
            return null;
        });
    }

    private static <T> T guarded(String failure, Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreAccessException e) {
            throw new ApplicationStoreException(failure, e);
        }
    }
}
