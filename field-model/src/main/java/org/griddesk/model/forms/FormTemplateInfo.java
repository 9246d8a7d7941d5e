package org.griddesk.model.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a form template says about itself: its id and version (together they name one template), its title in
 * the default language, its languages (the default first) and when to suggest it (age bounds and tags).
 */
public record FormTemplateInfo(String formId, String version, String title, List<String> languages,
                               Optional<Integer> minAge, Optional<Integer> maxAge, List<String> tags) {

    public FormTemplateInfo {
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        languages = List.copyOf(languages);
        tags = List.copyOf(tags);
        minAge = minAge == null ? Optional.empty() : minAge;
        maxAge = maxAge == null ? Optional.empty() : maxAge;
    }

    /** Whether a resident of this age with these tags may qualify (no condition: everyone may). */
    public boolean suggestedFor(int age, List<String> residentTags) {
        boolean ageFits = minAge.map(min -> age >= min).orElse(true) && maxAge.map(max -> age <= max).orElse(true);
        boolean tagFits = tags.isEmpty() || tags.stream().anyMatch(residentTags::contains);
        return ageFits && tagFits;
    }
}
