package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.IFormElement;
import org.javarosa.core.model.ItemsetBinding;
import org.javarosa.core.model.QuestionDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.condition.Constraint;
import org.javarosa.core.model.condition.EvaluationContext;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;

/**
 * Loads an application's {@code answers} (the instance under its root: a group is an object, a repeat a list of
 * objects, a leaf its text; {@code meta} left out) into one form definition and lets JavaRosa evaluate
 * relevance, calculations, required and constraints. Questions JavaRosa finds not relevant are skipped, so
 * their answers are ignored. One instance serves one thread at a time.
 */
final class AnswerCheck {
    private final FormDef form;
    private final TreeElement pristineRoot;
    private final Map<String, QuestionDef> selects;
    /** The text of every leaf answered in the run going on: JavaRosa drops a select value it does not know. */
    private final Map<String, String> answered = new HashMap<>();

    AnswerCheck(FormDef form) {
        this.form = form;
        this.pristineRoot = form.getMainInstance().getRoot().deepCopy(true);
        this.selects = selects(form, new HashMap<>());
    }

    String rootName() {
        return pristineRoot.getName();
    }

    List<AnswerProblem> run(Map<String, ?> answers, boolean complete) {
        answered.clear();
        List<AnswerProblem> structural = new ArrayList<>();
        Map<String, AnswerProblem> typeProblems = new LinkedHashMap<>();
        TreeElement incoming = new TreeElement(pristineRoot.getName(), 0);
        load(pristineRoot, answers, incoming, "/" + pristineRoot.getName(), true, structural, typeProblems);
        TreeElement root = pristineRoot.deepCopy(true);
        root.populate(incoming, form);
        form.getMainInstance().setRoot(root);
        form.initialize(false, new InstanceInitializationFactory());
        List<AnswerProblem> problems = new ArrayList<>(structural);
        walk(root, true, complete, typeProblems, problems);
        return problems;
    }

    /** Builds the incoming instance in the template's shape; every group and leaf is present, answered or not. */
    private void load(TreeElement template, Map<String, ?> answers, TreeElement incoming, String path, boolean top,
                      List<AnswerProblem> structural, Map<String, AnswerProblem> typeProblems) {
        for (String key : answers.keySet()) {
            if (template.getChildMultiplicity(key) == 0 && template.getChild(key, TreeReference.INDEX_TEMPLATE) == null
                    || (top && key.equals("meta"))) {
                structural.add(new AnswerProblem(AnswerProblem.Kind.UNKNOWN_QUESTION, path + "/" + key,
                        path + "/" + key + "：表单中没有这个问题"));
            }
        }
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < template.getNumChildren(); i++) {
            TreeElement child = template.getChildAt(i);
            String name = child.getName();
            if (seen.contains(name) || (top && name.equals("meta"))) {
                continue;
            }
            seen.add(name);
            Object value = answers.get(name);
            String childPath = path + "/" + name;
            TreeElement repeatTemplate = template.getChild(name, TreeReference.INDEX_TEMPLATE);
            if (repeatTemplate != null) {
                loadRepeat(repeatTemplate, value, incoming, childPath, structural, typeProblems);
            } else if (!child.isLeaf()) {
                TreeElement group = new TreeElement(name, 0);
                incoming.addChild(group);
                if (value != null && !(value instanceof Map<?, ?>)) {
                    structural.add(wrongType(childPath, "应为一组回答（JSON 对象）"));
                }
                load(child, value instanceof Map<?, ?> map ? strings(map) : Map.of(), group, childPath, false,
                        structural, typeProblems);
            } else {
                incoming.addChild(leaf(child, value, childPath, typeProblems));
            }
        }
    }

    private void loadRepeat(TreeElement repeatTemplate, Object value, TreeElement incoming, String path,
                            List<AnswerProblem> structural, Map<String, AnswerProblem> typeProblems) {
        if (value == null) {
            return;
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(e -> e instanceof Map<?, ?>)) {
            structural.add(wrongType(path, "应为重复组的回答列表（JSON 对象的数组）"));
            return;
        }
        for (int k = 0; k < list.size(); k++) {
            TreeElement instance = new TreeElement(repeatTemplate.getName(), k);
            incoming.addChild(instance);
            load(repeatTemplate, strings((Map<?, ?>) list.get(k)), instance, path + "[" + (k + 1) + "]", false,
                    structural, typeProblems);
        }
    }

    private TreeElement leaf(TreeElement template, Object value, String path,
                                    Map<String, AnswerProblem> typeProblems) {
        TreeElement leaf = new TreeElement(template.getName(), 0);
        if (value == null) {
            return leaf;
        }
        if (!(value instanceof String text)) {
            typeProblems.put(path, wrongType(path, "回答应为文本"));
            return leaf;
        }
        answered.put(path, text);
        String problem = AnswerTypes.problem(template.getDataType(), text);
        if (problem != null) {
            typeProblems.put(path, wrongType(path, problem));
        } else if (!text.isEmpty()) {
            leaf.setValue(new StringData(text));
        }
        return leaf;
    }

    /**
     * Visits every relevant leaf of the loaded instance (a non-relevant group hides its whole subtree), in document
     * order. Walking the tree JavaRosa has just evaluated costs a fraction of stepping a FormEntryController.
     */
    private void walk(TreeElement node, boolean top, boolean complete, Map<String, AnswerProblem> typeProblems,
                      List<AnswerProblem> problems) {
        for (int i = 0; i < node.getNumChildren(); i++) {
            TreeElement child = node.getChildAt(i);
            if (child.getMult() == TreeReference.INDEX_TEMPLATE || (top && child.getName().equals("meta"))
                    || !child.isRelevant()) {
                continue;
            }
            if (child.isLeaf()) {
                check(child, complete, typeProblems, problems);
            } else {
                walk(child, false, complete, typeProblems, problems);
            }
        }
    }

    private void check(TreeElement leaf, boolean complete, Map<String, AnswerProblem> typeProblems,
                       List<AnswerProblem> problems) {
        String path = pathOf(leaf);
        AnswerProblem typeProblem = typeProblems.get(path);
        if (typeProblem != null) {
            problems.add(typeProblem);
            return;
        }
        QuestionDef select = selects.get(genericPathOf(leaf));
        String notAChoice = select == null ? null : notAChoice(select, leaf, answered.getOrDefault(path, ""));
        if (notAChoice != null) {
            problems.add(new AnswerProblem(AnswerProblem.Kind.NOT_A_CHOICE, path, path + "：" + notAChoice));
            return;
        }
        IAnswerData value = leaf.getValue();
        if (value == null) {
            if (complete && leaf.isRequired() && leaf.isEnabled()) {
                problems.add(new AnswerProblem(AnswerProblem.Kind.MISSING_REQUIRED, path, path + "：必须回答"
                        + requiredMessage(leaf)));
            }
            return;
        }
        Constraint constraint = leaf.getConstraint();
        if (complete && constraint != null && !form.evaluateConstraint(leaf.getRef(), value)) {
            String message = constraint.getConstraintMessage(
                    new EvaluationContext(form.getEvaluationContext(), leaf.getRef()), form.getMainInstance(), null);
            problems.add(new AnswerProblem(AnswerProblem.Kind.CONSTRAINT_VIOLATED, path, path + "："
                    + (message == null || message.isBlank() ? "回答不符合表单的要求" : message)));
        }
    }

    /** The template's own required_message, in the form's default language, in brackets; or nothing. */
    private String requiredMessage(TreeElement leaf) {
        String message = leaf.getBindAttributeValue(XFormNames.JAVAROSA_NS, "requiredMsg");
        if (message == null || message.isBlank()) {
            return "";
        }
        if (message.startsWith("jr:itext('") && message.endsWith("')") && form.getLocalizer() != null) {
            try {
                message = form.getLocalizer().getText(message.substring(10, message.length() - 2));
            } catch (RuntimeException e) {
                return "";
            }
        }
        return message == null || message.isBlank() ? "" : "（" + message + "）";
    }

    /** A select's answer must be among its choices as they stand (a choice filter applied). */
    private String notAChoice(QuestionDef select, TreeElement leaf, String text) {
        if (text.isBlank()) {
            return null;
        }
        ItemsetBinding itemset = select.getDynamicChoices();
        List<SelectChoice> choices = itemset != null ? itemset.getChoices(form, leaf.getRef()) : select.getChoices();
        for (String token : text.strip().split("\\s+")) {
            if (!token.isEmpty() && choices.stream().noneMatch(choice -> choice.getValue().equals(token))) {
                return "“" + token + "”不是这个问题的选项";
            }
        }
        return null;
    }

    /** Every select question of the form by its instance path without repeat positions. */
    private static Map<String, QuestionDef> selects(IFormElement element, Map<String, QuestionDef> found) {
        if (element instanceof QuestionDef question && (question.getControlType() == Constants.CONTROL_SELECT_ONE
                || question.getControlType() == Constants.CONTROL_SELECT_MULTI)) {
            TreeReference ref = (TreeReference) question.getBind().getReference();
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < ref.size(); i++) {
                path.append('/').append(ref.getName(i));
            }
            found.put(path.toString(), question);
        }
        if (element.getChildren() != null) {
            element.getChildren().forEach(child -> selects(child, found));
        }
        return found;
    }

    private static String genericPathOf(TreeElement element) {
        StringBuilder path = new StringBuilder();
        for (TreeElement node = element; node != null && node.getName() != null;
             node = node.getParent() instanceof TreeElement parent ? parent : null) {
            path.insert(0, "/" + node.getName());
        }
        return path.toString();
    }

    /** The path as in {@link AnswerProblem}: repeat instances numbered from 1, other elements unnumbered. */
    static String pathOf(TreeElement element) {
        StringBuilder path = new StringBuilder();
        for (TreeElement node = element; node != null && node.getName() != null;
             node = node.getParent() instanceof TreeElement parent ? parent : null) {
            String step = node.isRepeatable() ? node.getName() + "[" + (node.getMult() + 1) + "]" : node.getName();
            path.insert(0, "/" + step);
        }
        return path.toString();
    }

    private static AnswerProblem wrongType(String path, String problem) {
        return new AnswerProblem(AnswerProblem.Kind.WRONG_TYPE, path, path + "：" + problem);
    }

    private static Map<String, Object> strings(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(String.valueOf(key), value));
        return copy;
    }
}
