package org.griddesk.desktop.service.registry.imports;

/** The worker cancelled the import; nothing of it is kept. */
public final class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("import cancelled");
    }
}
