package org.griddesk.desktop.ui.households;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.griddesk.desktop.service.applications.ServiceRating;
import org.griddesk.desktop.ui.applications.ServiceRater;

/**
 * 好差评 right after a visit was recorded: a member of the visited household (the first listed unless the worker
 * picks another) rates the service on the five faces.
 */
public final class VisitRatingViewModel implements ServiceRater {

    /** Records one rating of the visit for a resident; {@code done} runs once it is stored. */
    interface Sender {
        void send(String residentId, String grid, String visitId, int level, List<String> tags, String comment,
                  Runnable done);
    }

    private final String visitId;
    private final String grid;
    private final List<MemberRow> members;
    private final Sender sender;
    private final ObjectProperty<MemberRow> rater = new SimpleObjectProperty<>(this, "rater");
    private final BooleanProperty rated = new SimpleBooleanProperty(this, "rated");

    VisitRatingViewModel(String visitId, String grid, List<MemberRow> members, Sender sender) {
        this.visitId = visitId;
        this.grid = grid;
        this.members = List.copyOf(members);
        this.sender = sender;
        rater.set(this.members.isEmpty() ? null : this.members.get(0));
    }

    public String visitId() {
        return visitId;
    }

    public List<MemberRow> members() {
        return members;
    }

    /** Who rates; a rating is always a resident's. */
    public ObjectProperty<MemberRow> raterProperty() {
        return rater;
    }

    /** True once the rating is stored: it cannot be given again or changed. */
    public BooleanProperty ratedProperty() {
        return rated;
    }

    @Override
    public List<String> ratingTags() {
        return ServiceRating.TAGS;
    }

    @Override
    public void rate(int level, List<String> tags, String comment, Runnable done) {
        MemberRow who = rater.get();
        if (who == null || rated.get()) {
            return;
        }
        sender.send(who.id(), grid, visitId, level, tags, comment, () -> {
            rated.set(true);
            done.run();
        });
    }
}
