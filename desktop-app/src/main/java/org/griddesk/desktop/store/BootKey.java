package org.griddesk.desktop.store;

/**
 * The Derby boot password: the hex form of a key derived from the worker's passphrase. Derby takes it as a
 * connection attribute, so it can only ever live as a String; the passphrase itself is never kept.
 */
public record BootKey(String hex) {

    @Override
    public String toString() {
        return "BootKey[hidden]";
    }
}
