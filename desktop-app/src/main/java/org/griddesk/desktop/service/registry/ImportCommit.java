package org.griddesk.desktop.service.registry;

/**
 * What an import did: residents written (new or changed), residents skipped because the store already
 * held exactly their values, and rows left out as invalid.
 */
public record ImportCommit(int imported, int skipped, int invalid) {

    /** "imported A, skipped B, invalid C", the command line's summary. */
    public String summary() {
        return "imported " + imported + ", skipped " + skipped + ", invalid " + invalid;
    }
}
