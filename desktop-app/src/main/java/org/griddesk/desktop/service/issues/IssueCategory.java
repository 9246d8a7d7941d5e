package org.griddesk.desktop.service.issues;

import java.util.List;
import java.util.Locale;

/** One class of the two-level taxonomy (矛盾纠纷 › 邻里纠纷); top-level classes have children. */
public record IssueCategory(String code, String chineseName, String englishName, List<IssueCategory> children) {

    public IssueCategory {
        children = children == null ? List.of() : List.copyOf(children);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishName : chineseName;
    }
}
