package org.griddesk.desktop.ui.households;

/**
 * One member in a household's detail, with masked numbers only; the full identity number is shown in
 * {@code revealedIdNumber} after a confirmed, audited reveal.
 */
public record MemberRow(String id, String name, String relation, String age, String status, String maskedIdNumber,
                        String maskedPhone, boolean aged80Plus, boolean livingAlone, String revealedIdNumber) {

    MemberRow revealed(String fullNumber) {
        return new MemberRow(id, name, relation, age, status, maskedIdNumber, maskedPhone, aged80Plus, livingAlone,
                fullNumber);
    }
}
