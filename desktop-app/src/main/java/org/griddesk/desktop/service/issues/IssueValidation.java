package org.griddesk.desktop.service.issues;

import java.util.ArrayList;
import java.util.List;

import org.griddesk.model.record.Location;

/** Checks a draft before anything is written: a title, a category we know, a location inside China. */
public final class IssueValidation {

    // A generous box around the mainland, Hainan and the islands: it catches swapped lon/lat and zero points.
    static final double MIN_LON = 73.4;
    static final double MAX_LON = 135.1;
    static final double MIN_LAT = 3.8;
    static final double MAX_LAT = 53.6;

    private final IssueCategories categories;

    public IssueValidation(IssueCategories categories) {
        this.categories = categories;
    }

    public List<IssueProblem> check(IssueDraft draft) {
        List<IssueProblem> problems = new ArrayList<>();
        if (draft.title().isEmpty()) {
            problems.add(new IssueProblem(IssueFields.TITLE, IssueProblem.TITLE_REQUIRED));
        }
        if (!categories.isKnown(draft.category())) {
            problems.add(new IssueProblem(IssueFields.CATEGORY, IssueProblem.CATEGORY_UNKNOWN));
        }
        if (draft.location() == null) {
            problems.add(new IssueProblem(IssueFields.LOCATION, IssueProblem.LOCATION_REQUIRED));
        } else if (!insideChina(draft.location())) {
            problems.add(new IssueProblem(IssueFields.LOCATION, IssueProblem.LOCATION_OUTSIDE_CHINA));
        }
        return problems;
    }

    public static boolean insideChina(Location location) {
        return location.lon() >= MIN_LON && location.lon() <= MAX_LON
                && location.lat() >= MIN_LAT && location.lat() <= MAX_LAT;
    }
}
