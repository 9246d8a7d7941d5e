package org.griddesk.desktop.service.registry.imports;

/** Told how far a long import or export has come; the UI turns it into a progress bar. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
