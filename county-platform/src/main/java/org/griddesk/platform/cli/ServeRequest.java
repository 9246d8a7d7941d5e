package org.griddesk.platform.cli;

/** {@code builtInTemplates}: publish the templates shipped in the jar before serving (demo mode). */
public record ServeRequest(String host, int port, DatabaseTarget database, String county, boolean builtInTemplates) {

    public ServeRequest(String host, int port, DatabaseTarget database, String county) {
        this(host, port, database, county, false);
    }
}
