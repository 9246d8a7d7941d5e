package org.griddesk.sync.wire;

/** Constants of sync protocol v1 shared by the device and the platform. */
public final class SyncProtocol {

    /** The schema version this build speaks; older devices are told {@code schema_too_old}. */
    public static final int SCHEMA_VERSION = 1;

    public static final String PUSH_PATH = "/api/v1/sync/push";
    public static final String CHANGES_PATH = "/api/v1/sync/changes";

    private SyncProtocol() {
    }
}
