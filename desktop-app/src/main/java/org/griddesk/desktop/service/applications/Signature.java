package org.griddesk.desktop.service.applications;

import java.time.Instant;

/**
 * Who signed and when: the resident, or a proxy with their relation to the resident. The picture is a PNG blob in
 * the encrypted blob store, named by its SHA-256.
 */
public record Signature(String sha256, Instant at, boolean byProxy, String proxyName, String proxyRelation) {

    public String signedBy() {
        return byProxy ? "proxy" : "resident";
    }
}
