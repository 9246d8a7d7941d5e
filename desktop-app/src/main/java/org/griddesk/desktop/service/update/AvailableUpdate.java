package org.griddesk.desktop.service.update;

import java.net.URI;

/** A newer desktop package the platform offers: where to get it and the SHA-256 it must have. */
public record AvailableUpdate(String version, String sha256, long size, URI url, String file) {
}
