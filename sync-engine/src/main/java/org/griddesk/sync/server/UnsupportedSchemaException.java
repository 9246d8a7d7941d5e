package org.griddesk.sync.server;

/** The device speaks an older schema; the platform answers 426 {@code schema_too_old}. */
public final class UnsupportedSchemaException extends RuntimeException {

    private final int deviceVersion;

    public UnsupportedSchemaException(int deviceVersion, int requiredVersion) {
        super("Schema version " + deviceVersion + " is older than the required " + requiredVersion);
        this.deviceVersion = deviceVersion;
    }

    public int deviceVersion() {
        return deviceVersion;
    }
}
