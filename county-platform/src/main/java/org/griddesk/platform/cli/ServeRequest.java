package org.griddesk.platform.cli;

public record ServeRequest(String host, int port, DatabaseTarget database, String county) {
}
