package org.griddesk.desktop.ui.issues;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.StringConverter;

import org.griddesk.desktop.service.issues.GridBoundaries;
import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueCategories;
import org.griddesk.desktop.service.issues.IssueCategory;
import org.griddesk.desktop.service.issues.IssuePriority;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.issues.ResidentChoice;
import org.griddesk.desktop.service.issues.TimelineEntry;
import org.griddesk.desktop.service.map.MapHit;
import org.griddesk.desktop.ui.i18n.Localization;

/** How issue values read on screen, in the current language. */
final class IssueTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Localization localization;

    IssueTexts(Localization localization) {
        this.localization = localization;
    }

    String status(IssueStatus status) {
        return status == null ? localization.lang("issues.filter.all") : localization.lang("issues.status." + status.code());
    }

    String priority(IssuePriority priority) {
        return priority == null ? localization.lang("issues.filter.all")
                : localization.lang("issues.priority." + priority.code());
    }

    String category(IssueCategory category) {
        return category == null ? localization.lang("issues.filter.all") : category.name(localization.getLocale());
    }

    /** In the form an empty choice asks for one; "all" only makes sense in a filter. */
    String categoryToChoose(IssueCategory category) {
        return category == null ? localization.lang("issues.form.choose") : category.name(localization.getLocale());
    }

    String timeline(TimelineEntry entry) {
        String when = WHEN.format(entry.at().atZone(ZoneId.systemDefault()));
        String actor = actor(entry.actor());
        return entry.note().isEmpty()
                ? localization.lang("issues.timeline.entry", when, actor, status(entry.status()))
                : localization.lang("issues.timeline.entryWithNote", when, actor, status(entry.status()),
                        entry.note());
    }

    /**
     * Steps taken before the first sign-in are signed with the device id (nobody's name is known yet); a person
     * reads "this computer" rather than a 36-character id.
     */
    String actor(String actor) {
        return actor == null || actor.isBlank() || DEVICE_ID.matcher(actor).matches()
                ? localization.lang("issues.timeline.thisDevice") : actor;
    }

    private static final java.util.regex.Pattern DEVICE_ID =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The "all" choice at the top of a filter. */
    static final Object ALL = new Object();

    static java.util.List<Object> withAll(java.util.List<?> values) {
        java.util.List<Object> items = new java.util.ArrayList<>();
        items.add(ALL);
        items.addAll(values);
        return items;
    }

    static java.util.List<IssueStatus> statuses() {
        return java.util.List.of(IssueStatus.values());
    }

    static java.util.List<IssuePriority> priorities() {
        return java.util.List.of(IssuePriority.values());
    }

    String anyStatus(Object value) {
        return value instanceof IssueStatus status ? status(status) : localization.lang("issues.filter.allStatuses");
    }

    String anyPriority(Object value) {
        return value instanceof IssuePriority priority ? priority(priority)
                : localization.lang("issues.filter.allPriorities");
    }

    String anyCategory(Object value) {
        return value instanceof IssueCategory category ? category(category)
                : localization.lang("issues.filter.allCategories");
    }

    String listLine(Object value) {
        if (!(value instanceof Issue issue)) {
            return "";
        }
        return localization.lang("issues.list.line", issue.title(), status(issue.status()), priority(issue.priority()));
    }

    /** Untyped entry point for list cells, so views need not name the service's types. */
    String timelineLine(Object entry) {
        return entry instanceof TimelineEntry step ? timeline(step) : "";
    }

    String summary(IssuesViewModel viewModel) {
        Issue issue = viewModel.selectedProperty().get();
        IssueCategories categories = viewModel.categories();
        if (issue == null) {
            return localization.lang("issues.detail.none");
        }
        return localization.lang("issues.detail.summary", issue.title(), status(issue.status()),
                categories.displayName(issue.category(), localization.getLocale()), priority(issue.priority()),
                issue.description(), viewModel.gridName(issue.grid()));
    }

    static java.util.List<String> codes(java.util.List<IssueStatus> statuses) {
        return statuses.stream().map(IssueStatus::code).toList();
    }

    String household(MapHit place) {
        return place == null ? "" : place.label();
    }

    /** A grid by its name (its code only when the platform sent no name); "please choose" when none is. */
    String grid(GridBoundaries.GridPlace place) {
        return place == null ? localization.lang("issues.form.choose") : place.label();
    }

    /** Where the map marks a place picked but not saved yet. */
    org.locationtech.jts.geom.Coordinate marked(org.griddesk.model.record.Location location) {
        return location == null ? null : new org.locationtech.jts.geom.Coordinate(location.lon(), location.lat());
    }

    String resident(ResidentChoice resident) {
        return resident == null ? "" : resident.name();
    }

    private static <T> ListCell<T> textCell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : text.apply(value));
            }
        };
    }

    static <T> void renderList(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : text.apply(value));
            }
        });
    }

    /** Shows the combo box's items through {@code text}; null reads as "all" where the list allows none. */
    static <T> void render(ComboBox<T> box, Function<T, String> text) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        box.setCellFactory(list -> textCell(text));
        // Without its own button cell the box shows the cell factory's text only once the popup has been opened.
        box.setButtonCell(textCell(text));
    }
}
