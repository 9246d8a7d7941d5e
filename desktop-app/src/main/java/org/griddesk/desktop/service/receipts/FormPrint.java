package org.griddesk.desktop.service.receipts;

import java.time.LocalDate;
import java.util.List;

/**
 * An application form as it is printed for the resident and the file: its answers read-only, in the language of the
 * screen, numbers already masked by whoever built it (the PDF writer prints what it is given).
 */
public record FormPrint(String title, String applicationId, String residentName, String maskedIdNumber,
                        LocalDate date, String worker, List<Line> lines) {

    public FormPrint {
        lines = List.copyOf(lines);
    }

    /** One thing on the printed form, in form order; {@code depth} is how deeply it sits in groups and repeats. */
    public sealed interface Line {
        int depth();
    }

    /** The title of a group. */
    public record Heading(String text, int depth) implements Line {
    }

    /** One numbered entry of a repeat ("家庭成员 3"). */
    public record Entry(String label, int number, int depth) implements Line {
    }

    /** A question and its answer as a person reads it (a choice's label, not its value); empty when unanswered. */
    public record Field(String label, String value, int depth) implements Line {
    }

    /** A text of the form itself (a note, the consent the resident agreed to). */
    public record Note(String text, int depth) implements Line {
    }

    /** A picture answer (a scan, a signature), printed small; {@code image} empty when the picture is not here. */
    public record Picture(String label, byte[] image, boolean signature, int depth) implements Line {
    }
}
