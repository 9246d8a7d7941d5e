package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.List;
import org.griddesk.model.forms.XlsSheet.XlsRow;

/** A question, group or repeat of the survey sheet, or the form's root (no row), with its place in the tree. */
final class SurveyNode {
    private final QuestionType type;
    private final String name;
    private final String listName;
    private final XlsRow row;
    private final SurveyNode parent;
    private final List<SurveyNode> children = new ArrayList<>();

    SurveyNode(QuestionType type, String name, String listName, XlsRow row, SurveyNode parent) {
        this.type = type;
        this.name = name;
        this.listName = listName;
        this.row = row;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    static SurveyNode root(String rootName) {
        return new SurveyNode(QuestionType.GROUP, rootName, null, null, null);
    }

    QuestionType type() {
        return type;
    }

    String name() {
        return name;
    }

    String listName() {
        return listName;
    }

    XlsRow row() {
        return row;
    }

    SurveyNode parent() {
        return parent;
    }

    List<SurveyNode> children() {
        return children;
    }

    boolean isRoot() {
        return parent == null;
    }

    String cell(String column) {
        return row == null ? "" : row.get(column);
    }

    /** The absolute instance path, e.g. {@code /data/household/members/name}. */
    String path() {
        return parent == null ? "/" + name : parent.path() + "/" + name;
    }

    int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** The nearest repeat this node lies in (itself, if it is one), or null. */
    SurveyNode innermostRepeat() {
        for (SurveyNode node = this; node != null; node = node.parent) {
            if (node.type == QuestionType.REPEAT) {
                return node;
            }
        }
        return null;
    }

    boolean isInside(SurveyNode ancestor) {
        for (SurveyNode node = this; node != null; node = node.parent) {
            if (node == ancestor) {
                return true;
            }
        }
        return false;
    }
}
