package org.griddesk.desktop.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.model.record.ReviewReturn;

/**
 * What a supervisor sent back, shown on the record itself where the worker edits it (住户, 事件): each return's
 * comment with who and when, then what to do about it. Hidden while nothing is returned.
 */
public final class ReturnedNotice {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReturnedNotice() {
    }

    /** One return: of the record itself ({@code who} empty) or of a named member. */
    public record Entry(String who, ReviewReturn review) {
    }

    public static Label label(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("warning-text");
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setVisible(false);
        label.setManaged(false);
        return label;
    }

    /** Shows the returns in the label, or hides it when there are none. */
    public static void show(Label label, List<Entry> returns, String ownKey, Localization localization) {
        label.setText(text(returns, ownKey, localization));
        label.setVisible(!returns.isEmpty());
        label.setManaged(!returns.isEmpty());
    }

    /** {@code ownKey}: how a return of the record itself reads ("this household", "this issue"). */
    public static String text(List<Entry> returns, String ownKey, Localization localization) {
        if (returns.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Entry entry : returns) {
            ReviewReturn review = entry.review();
            String comment = review.comment().isEmpty() ? localization.lang("returned.noComment") : review.comment();
            text.append(entry.who().isEmpty() ? localization.lang(ownKey, comment)
                    : localization.lang("returned.member", entry.who(), comment));
            if (!review.by().isEmpty() || !review.at().isEmpty()) {
                text.append(localization.lang("returned.byWhen", review.by(), when(review.at())));
            }
            text.append('\n');
        }
        return text.append(localization.lang("returned.todo")).toString();
    }

    private static String when(String at) {
        try {
            return WHEN.format(Instant.parse(at).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return at;
        }
    }
}
