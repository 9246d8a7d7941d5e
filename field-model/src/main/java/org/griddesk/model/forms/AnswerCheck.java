package org.griddesk.model.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.StringData;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;

/**
 * Loads an application's {@code answers} (the instance under its root: a group is an object, a repeat a list of
 * objects, a leaf its text; {@code meta} left out) into one form definition and lets JavaRosa evaluate
 * relevance, calculations, required and constraints. Questions JavaRosa finds not relevant are skipped, so
 * their answers are ignored. One instance serves one thread at a time.
 */
final class AnswerCheck {
    private final FormDef form;
    private final TreeElement pristineRoot;
    /** The text of every leaf answered in the run going on: JavaRosa drops a select value it does not know. */
    private final Map<String, String> answered = new HashMap<>();

    AnswerCheck(FormDef form) {
        this.form = form;
        this.pristineRoot = form.getMainInstance().getRoot().deepCopy(true);
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
        walk(complete, typeProblems, problems);
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

    private void walk(boolean complete, Map<String, AnswerProblem> typeProblems, List<AnswerProblem> problems) {
        FormEntryController controller = new FormEntryController(new FormEntryModel(form));
        controller.jumpToIndex(FormIndex.createBeginningOfFormIndex());
        int event;
        while ((event = controller.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
            if (event != FormEntryController.EVENT_QUESTION) {
                continue;
            }
            FormEntryPrompt prompt = controller.getModel().getQuestionPrompt();
            FormIndex index = controller.getModel().getFormIndex();
            TreeElement element = form.getMainInstance().resolveReference(index.getReference());
            String path = pathOf(element);
            AnswerProblem typeProblem = typeProblems.get(path);
            if (typeProblem != null) {
                problems.add(typeProblem);
                continue;
            }
            IAnswerData value = prompt.getAnswerValue();
            String notAChoice = notAChoice(prompt, answered.getOrDefault(path, ""));
            if (notAChoice != null) {
                problems.add(new AnswerProblem(AnswerProblem.Kind.NOT_A_CHOICE, path, path + "：" + notAChoice));
                continue;
            }
            if (value == null) {
                if (complete && prompt.isRequired() && !prompt.isReadOnly()) {
                    problems.add(new AnswerProblem(AnswerProblem.Kind.MISSING_REQUIRED, path, path + "：必须回答"
                            + requiredText(prompt)));
                }
                continue;
            }
            if (complete && !form.evaluateConstraint(index.getReference(), value)) {
                String message = prompt.getConstraintText();
                problems.add(new AnswerProblem(AnswerProblem.Kind.CONSTRAINT_VIOLATED, path, path + "："
                        + (message == null || message.isBlank() ? "回答不符合表单的要求" : message)));
            }
        }
    }

    private static String requiredText(FormEntryPrompt prompt) {
        try {
            String text = prompt.getSpecialFormQuestionText("requiredMsg");
            return text == null || text.isBlank() ? "" : "（" + text + "）";
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** A select's answer must be among its choices as they stand (a choice filter applied). */
    private static String notAChoice(FormEntryPrompt prompt, String text) {
        if (text.isBlank()) {
            return null;
        }
        List<SelectChoice> choices = prompt.getSelectChoices();
        if (choices == null) {
            return null;
        }
        for (String token : text.strip().split("\\s+")) {
            if (!token.isEmpty() && choices.stream().noneMatch(choice -> choice.getValue().equals(token))) {
                return "“" + token + "”不是这个问题的选项";
            }
        }
        return null;
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
