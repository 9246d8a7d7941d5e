package org.griddesk.desktop.ui.households;

import java.util.Map;
import java.util.Optional;

/** For view-model tests that do not look at drafts: nothing kept, nothing found. */
final class NoDrafts implements DraftStore {

    @Override
    public Optional<Map<String, String>> read(String form) {
        return Optional.empty();
    }

    @Override
    public void write(String form, Map<String, String> fields) {
    }

    @Override
    public void discard(String form) {
    }
}
