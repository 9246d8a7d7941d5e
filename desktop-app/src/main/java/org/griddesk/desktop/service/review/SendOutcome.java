package org.griddesk.desktop.service.review;

/**
 * What became of a decision. SENT: the platform took it. WAITING: the platform could not be reached; the decision
 * waits in the encrypted store. CONFLICT: another reviewer acted first ({@code by}, {@code status} say how).
 * REFUSED: the platform refused it ({@code detail} says why).
 */
public record SendOutcome(Kind kind, String by, String status, String detail) {
    public enum Kind { SENT, WAITING, CONFLICT, REFUSED }

    static SendOutcome of(Kind kind) {
        return new SendOutcome(kind, null, null, null);
    }
}
