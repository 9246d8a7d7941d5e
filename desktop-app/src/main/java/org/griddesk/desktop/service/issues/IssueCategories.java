package org.griddesk.desktop.service.issues;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The issue taxonomy. The default one ships as a JSON resource in the same shape the platform can publish later,
 * so replacing it is a matter of reading another stream.
 */
public final class IssueCategories {

    private static final String DEFAULT_RESOURCE = "categories.json";

    private final List<IssueCategory> topLevel;
    private final Map<String, IssueCategory> byCode = new LinkedHashMap<>();
    private final Map<String, IssueCategory> parents = new LinkedHashMap<>();

    private IssueCategories(List<IssueCategory> topLevel) {
        this.topLevel = List.copyOf(topLevel);
        for (IssueCategory top : topLevel) {
            byCode.put(top.code(), top);
            for (IssueCategory child : top.children()) {
                byCode.put(child.code(), child);
                parents.put(child.code(), top);
            }
        }
    }

    public static IssueCategories defaults() {
        try (InputStream in = IssueCategories.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled issue categories are missing", e);
        }
    }

    public static IssueCategories read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<IssueCategory> top = new ArrayList<>();
        root.forEach(node -> top.add(category(node)));
        return new IssueCategories(top);
    }

    private static IssueCategory category(JsonNode node) {
        List<IssueCategory> children = new ArrayList<>();
        node.path("children").forEach(child -> children.add(category(child)));
        return new IssueCategory(node.path("code").asText(), node.path("zh").asText(), node.path("en").asText(),
                children);
    }

    public List<IssueCategory> topLevel() {
        return topLevel;
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Optional<IssueCategory> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The class a sub-class belongs to; empty for a top-level code. */
    public Optional<IssueCategory> parentOf(String code) {
        return Optional.ofNullable(parents.get(code));
    }

    /** "矛盾纠纷 › 邻里纠纷" for a sub-class, the plain name for a class, the code itself when unknown. */
    public String displayName(String code, Locale locale) {
        Optional<IssueCategory> category = find(code);
        if (category.isEmpty()) {
            return code == null ? "" : code;
        }
        String name = category.get().name(locale);
        return parentOf(code).map(parent -> parent.name(locale) + " › " + name).orElse(name);
    }
}
