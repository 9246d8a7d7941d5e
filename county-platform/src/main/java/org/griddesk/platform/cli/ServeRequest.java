package org.griddesk.platform.cli;

/** What {@code serve} was asked for; {@code maxBlobBytes} is the largest attachment the platform takes. */
public record ServeRequest(String host, int port, DatabaseTarget database, String county, long maxBlobBytes) {
}
