package org.griddesk.desktop.ui.households;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.griddesk.desktop.service.applications.ServiceRatings;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.desktop.ui.task.BackgroundWork;
import org.griddesk.desktop.ui.task.TaskCallbacks;
import org.griddesk.desktop.ui.task.TaskExecutor;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.RecordType;
import org.griddesk.model.record.VisitFields;

/**
 * After a visit is recorded the 住户 workspace offers the resident the 好差评 screen, as the 代办 workspace does after
 * an application: a plain visit is assisted service too. Nothing is offered where ratings cannot be kept.
 */
public final class VisitRatingOffers {

    private final TaskExecutor executor;
    private final ObjectProperty<Message> notice;
    private final ObjectProperty<VisitRatingViewModel> offer = new SimpleObjectProperty<>(this, "offer");
    private BackgroundWork<ServiceRatings> opening;
    private ServiceRatings ratings;

    VisitRatingOffers(TaskExecutor executor, ObjectProperty<Message> notice) {
        this.executor = executor;
        this.notice = notice;
    }

    /** Where ratings are kept, opened on the first rating; without it no rating is offered. */
    public void use(BackgroundWork<ServiceRatings> ratingsOpening) {
        this.opening = ratingsOpening;
    }

    /** The rating screen to show, or null. */
    public ReadOnlyObjectProperty<VisitRatingViewModel> offerProperty() {
        return offer;
    }

    /** A saved record: a visit to a household with members is followed by the rating screen. */
    void offer(FieldRecord saved, HouseholdDetail household) {
        if (opening == null || saved.type() != RecordType.VISIT || household == null
                || household.members().isEmpty()) {
            return;
        }
        offer.set(new VisitRatingViewModel(saved.id(), saved.string(VisitFields.GRID).orElse(""),
                household.members(), this::send));
    }

    /** Back to the household, rated or not. */
    public void close() {
        offer.set(null);
    }

    private void send(String residentId, String grid, String visitId, int level, List<String> tags, String comment,
                      Runnable done) {
        BackgroundWork<ServiceRatings> open = opening;
        executor.execute(progress -> {
            if (ratings == null) {
                ratings = open.call(progress);
            }
            return ratings.rateVisit(residentId, grid, visitId, level, tags, comment);
        }, TaskCallbacks.of(rating -> {
            notice.set(new Message(rating.poor() ? "applications.rating.poorThanks" : "applications.rating.thanks"));
            done.run();
        }, failure -> notice.set(new Message("households.error.save"))));
    }
}
