package org.griddesk.desktop.ui.review;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.griddesk.desktop.service.review.ConflictField;

/** One conflicting field in the conflict pane: base, mine, theirs, and the reviewer's pick or typed value. */
public final class ConflictRow {
    /** Which value the reviewer keeps. */
    public enum Choice { MINE, THEIRS, TYPED }

    private final ConflictField field;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice");
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");

    ConflictRow(ConflictField field) {
        this.field = field;
    }

    /** The name of the conflicting field. */
    public String field() {
        return field.field();
    }

    public Object base() {
        return field.base();
    }

    public Object mine() {
        return field.mine();
    }

    public String mineAuthor() {
        return field.mineAuthor();
    }

    public String mineAt() {
        return field.mineAt();
    }

    public Object theirs() {
        return field.theirs();
    }

    public String theirsAuthor() {
        return field.theirsAuthor();
    }

    public String theirsAt() {
        return field.theirsAt();
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** The value to send, or null when nothing was chosen yet. */
    Object chosenValue() {
        if (choice.get() == null) {
            return null;
        }
        return switch (choice.get()) {
            case MINE -> field.mine();
            case THEIRS -> field.theirs();
            case TYPED -> typed.get().strip();
        };
    }

    boolean decided() {
        return choice.get() != null && (choice.get() != Choice.TYPED || !typed.get().isBlank());
    }
}
