package org.griddesk.desktop.ui.households;

import java.util.Map;
import java.util.Optional;

/** Where form drafts are kept; the store's settings table in the app, a map in view-model tests. */
public interface DraftStore {

    Optional<Map<String, String>> read(String form);

    void write(String form, Map<String, String> fields);

    void discard(String form);
}
