package org.griddesk.sync.wire;

/** {@code {code, message}}: a stable code for machines and a message a person can act on. */
public record ErrorDetail(String code, String message) {
}
