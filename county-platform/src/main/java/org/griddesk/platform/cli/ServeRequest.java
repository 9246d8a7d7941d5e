package org.griddesk.platform.cli;

/**
 * What {@code serve} was asked for: {@code builtInTemplates} publishes the templates shipped in the jar before serving
 * (demo mode); {@code maxBlobBytes} is the largest attachment the platform takes.
 */
public record ServeRequest(String host, int port, DatabaseTarget database, String county, boolean builtInTemplates,
                           long maxBlobBytes) {
}
