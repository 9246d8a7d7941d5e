package org.griddesk.desktop.service.forms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.instance.InvalidReferenceException;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.form.api.FormEntryCaption;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;

/**
 * One form being filled in, run by JavaRosa: the questions it shows now (relevance and repeats applied), answers
 * checked against the template's own constraints, the whole form validated before submission, and the answers as
 * the JSON object an application carries. Not thread-safe: one screen or one service call at a time.
 */
public final class FormSession {

    /** GridDesk's own XForms namespace, for bind and instance attributes such as {@code gd:prefill}. */
    public static final String GD_NAMESPACE = "https://griddesk.org/xforms";
    /** A repeat of the applicant's household members, one entry per member. */
    public static final String MEMBERS = "household.members";

    private static final String JR_NAMESPACE = "http://openrosa.org/javarosa";
    private static final java.util.regex.Pattern ITEXT = java.util.regex.Pattern.compile("jr:itext\\('([^']*)'\\)");

    private final FormDef form;
    private final FormEntryModel model;
    private final FormEntryController controller;
    private final Map<String, FormIndex> indexes = new HashMap<>();
    private final Map<String, String> registryValues = new HashMap<>();

    private FormSession(FormDef form) {
        this.form = form;
        this.model = new FormEntryModel(form);
        this.controller = new FormEntryController(model);
    }

    /** A new, empty form (defaults of the template applied). */
    public static FormSession start(FormDef form) {
        form.initialize(true, new InstanceInitializationFactory());
        return new FormSession(form);
    }

    /** A form resumed from saved answers (a draft, or a submitted application shown again). */
    public static FormSession resume(FormDef form, Map<String, ?> answers) {
        InstanceAnswers.restore(form, answers);
        form.initialize(false, new InstanceInitializationFactory());
        return new FormSession(form);
    }

    public String title() {
        return form.getTitle() == null ? "" : form.getTitle();
    }

    public List<String> languages() {
        String[] languages = model.getLanguages();
        return languages == null ? List.of() : Arrays.asList(languages);
    }

    /** Picks the form language matching the screen's (its code in brackets, "中文 (zh)"), if the form has one. */
    public void useLanguageFor(String languageCode) {
        for (String language : languages()) {
            if (language.contains("(" + languageCode) || language.equalsIgnoreCase(languageCode)) {
                controller.setLanguage(language);
                return;
            }
        }
    }

    /** What the form shows now, in order; irrelevant questions and groups are left out. */
    public List<FormItem> items() {
        indexes.clear();
        List<FormItem> items = new ArrayList<>();
        FormIndex index = FormIndex.createBeginningOfFormIndex();
        while (true) {
            index = model.incrementIndex(index, true);
            if (index.isEndOfFormIndex() || !index.isInForm()) {
                return items;
            }
            int event = model.getEvent(index);
            if (event != FormEntryController.EVENT_PROMPT_NEW_REPEAT && !model.isIndexRelevant(index)) {
                continue;
            }
            FormItem item = item(index, event);
            if (item != null) {
                indexes.put(item.key(), index);
                items.add(item);
            }
        }
    }

    private FormItem item(FormIndex index, int event) {
        TreeReference reference = index.getReference();
        String key = reference.toString(true);
        int depth = Math.max(0, reference.size() - 2);
        switch (event) {
            case FormEntryController.EVENT_QUESTION:
                return question(index, key, depth);
            case FormEntryController.EVENT_GROUP:
                String label = model.getCaptionPrompt(index).getLongText();
                return label == null ? null : new FormItem.Group(key, depth, label);
            case FormEntryController.EVENT_REPEAT:
                FormEntryCaption caption = model.getCaptionPrompt(index);
                return new FormItem.RepeatEntry(key, depth, text(caption.getLongText(), reference),
                        index.getElementMultiplicity() + 1);
            case FormEntryController.EVENT_PROMPT_NEW_REPEAT:
                if (!form.canCreateRepeat(reference, index)) {
                    return null;
                }
                return new FormItem.AddRepeat(key + "#add", depth,
                        text(model.getCaptionPrompt(index).getLongText(), reference));
            default:
                return null;
        }
    }

    private FormItem.Question question(FormIndex index, String key, int depth) {
        FormEntryPrompt prompt = model.getQuestionPrompt(index);
        TreeElement element = element(index);
        boolean readOnly = prompt.isReadOnly();
        QuestionKind kind = QuestionKind.of(prompt.getControlType(), prompt.getDataType(), prompt.getAppearanceHint(),
                readOnly);
        List<Choice> choices = new ArrayList<>();
        List<SelectChoice> selectChoices = prompt.getSelectChoices();
        if (selectChoices != null) {
            for (SelectChoice choice : selectChoices) {
                String label = prompt.getSelectChoiceText(choice);
                choices.add(new Choice(choice.getValue(), label == null ? choice.getValue() : label));
            }
        }
        String prefill = element.getBindAttributeValue(GD_NAMESPACE, "prefill");
        return new FormItem.Question(key, depth, index.getReference().toString(false), kind,
                text(prompt.getQuestionText(), index.getReference()), prompt.getHelpText(), prompt.isRequired(),
                readOnly, choices, AnswerCodec.text(prompt.getAnswerValue()), prefill, registryValues.get(key));
    }

    /**
     * Records the answer at {@code key}. A value the question's type cannot hold is refused and not kept; one that
     * breaks the template's constraint is kept (a draft holds what was typed) and reported with its message.
     */
    public AnswerOutcome answer(String key, String text) {
        FormIndex index = indexOf(key);
        FormEntryPrompt prompt = model.getQuestionPrompt(index);
        IAnswerData data;
        try {
            data = AnswerCodec.parse(prompt, text);
        } catch (IllegalArgumentException e) {
            return new AnswerOutcome(AnswerOutcome.Kind.WRONG_TYPE, "");
        }
        if (data == null) {
            // JavaRosa will not clear a required answer through answerQuestion; a draft may be emptied, submission
            // then names the question
            controller.saveAnswer(index, null, true);
            return check(index);
        }
        int result = controller.answerQuestion(index, data, true);
        if (result == FormEntryController.ANSWER_CONSTRAINT_VIOLATED) {
            controller.saveAnswer(index, data, true);
            return new AnswerOutcome(AnswerOutcome.Kind.CONSTRAINT, model.getQuestionPrompt(index).getConstraintText());
        }
        return check(index);
    }

    /** The answer now at {@code key} judged as submission would judge it. */
    public AnswerOutcome check(String key) {
        return check(indexOf(key));
    }

    private AnswerOutcome check(FormIndex index) {
        FormEntryPrompt prompt = model.getQuestionPrompt(index);
        IAnswerData value = prompt.getAnswerValue();
        if (value == null) {
            return prompt.isRequired() && !prompt.isReadOnly()
                    ? new AnswerOutcome(AnswerOutcome.Kind.REQUIRED, requiredMessage(index)) : AnswerOutcome.OK;
        }
        if (!form.evaluateConstraint(index.getReference(), value)) {
            return new AnswerOutcome(AnswerOutcome.Kind.CONSTRAINT, prompt.getConstraintText());
        }
        return AnswerOutcome.OK;
    }

    /** The template's jr:requiredMsg (XLSForm required_message), a literal or an itext reference; empty if none. */
    private String requiredMessage(FormIndex index) {
        String message = element(index).getBindAttributeValue(JR_NAMESPACE, "requiredMsg");
        if (message == null || message.isBlank()) {
            return "";
        }
        java.util.regex.Matcher itext = ITEXT.matcher(message.strip());
        if (itext.matches() && form.getLocalizer() != null) {
            String text = form.getLocalizer().getText(itext.group(1));
            return text == null ? "" : text;
        }
        return message;
    }

    /** Every shown question that keeps the form from being submitted, in form order; empty when it may go. */
    public List<FormProblem> validate() {
        List<FormProblem> problems = new ArrayList<>();
        for (FormItem item : items()) {
            if (item instanceof FormItem.Question question) {
                AnswerOutcome outcome = check(indexes.get(question.key()));
                if (!outcome.accepted()) {
                    problems.add(new FormProblem(question.key(), question.path(), outcome));
                }
            }
        }
        return problems;
    }

    /** Adds an entry at the end of the repeat whose "add" item has this key. */
    public void addRepeat(String addKey) {
        FormIndex index = indexOf(addKey);
        try {
            form.createNewRepeat(index);
        } catch (InvalidReferenceException e) {
            throw new IllegalArgumentException("no repeat can be added at " + addKey, e);
        }
    }

    public void removeRepeat(String entryKey) {
        form.deleteRepeat(indexOf(entryKey));
    }

    /**
     * Fills the empty questions bound to a registry field ({@code gd:prefill="resident.name"}) from the given values
     * and remembers them, so the screen can mark prefilled answers and notice corrections.
     */
    public void prefill(Map<String, String> registry, boolean fillEmpty) {
        List<String> memberRepeats = repeatsBoundTo(MEMBERS);
        for (FormItem item : items()) {
            if (item instanceof FormItem.Question question && question.prefillField() != null
                    && memberRepeats.stream().noneMatch(repeat -> generic(question.key()).startsWith(repeat + "/"))) {
                String value = registry.get(question.prefillField());
                if (value == null || value.isBlank()) {
                    continue;
                }
                registryValues.put(question.key(), value);
                if (fillEmpty && question.value().isEmpty()) {
                    controller.saveAnswer(indexes.get(question.key()), parseOrNull(question.key(), value), true);
                }
            }
        }
    }

    /**
     * Fills a repeat bound to {@code gd:prefill="household.members"} whose entries are still blank with one entry per
     * member, each entry's questions bound to {@code resident.*} taken from that member. Those answers are not the
     * applicant's registry values (a correction there concerns another resident, and is made in 住户), so
     * {@link #prefill} leaves the repeat alone.
     */
    public void prefillMembers(List<Map<String, String>> members) {
        if (members.isEmpty()) {
            return;
        }
        for (String repeat : repeatsBoundTo(MEMBERS)) {
            if (items().stream().anyMatch(item -> item instanceof FormItem.Question question
                    && question.prefillField() != null && !question.value().isEmpty()
                    && generic(question.key()).startsWith(repeat + "/"))) {
                continue;
            }
            while (entries(repeat) < members.size()) {
                Optional<FormItem> add = items().stream().filter(item -> item instanceof FormItem.AddRepeat
                        && repeat.equals(generic(item.key()))).findFirst();
                if (add.isEmpty()) {
                    break;
                }
                addRepeat(add.get().key());
            }
            for (FormItem item : items()) {
                int entry = entryNumber(item.key(), repeat);
                if (item instanceof FormItem.Question question && question.prefillField() != null
                        && entry >= 1 && entry <= members.size()) {
                    String value = members.get(entry - 1).get(question.prefillField());
                    if (value != null && !value.isBlank()) {
                        controller.saveAnswer(indexes.get(question.key()), parseOrNull(question.key(), value), true);
                    }
                }
            }
        }
    }

    private long entries(String repeat) {
        return items().stream().filter(item -> item instanceof FormItem.RepeatEntry
                && repeat.equals(generic(item.key()))).count();
    }

    /** The repeats (by path without instance numbers) whose bind carries {@code gd:prefill="prefill"}. */
    private List<String> repeatsBoundTo(String prefill) {
        List<String> repeats = new ArrayList<>();
        for (FormItem item : items()) {
            if (item instanceof FormItem.AddRepeat add) {
                TreeElement template = form.getMainInstance().getTemplatePath(indexes.get(add.key()).getReference());
                if (template != null && prefill.equals(template.getBindAttributeValue(GD_NAMESPACE, "prefill"))) {
                    repeats.add(generic(add.key()));
                }
            }
        }
        return repeats;
    }

    /** A key without its instance numbers and "add" mark: the repeat it belongs to. */
    private static String generic(String key) {
        return key.replace("#add", "").replaceAll("\\[\\d+\\]", "");
    }

    /** The 1-based entry of {@code repeat} a key sits in, 0 when none. */
    private static int entryNumber(String key, String repeat) {
        String[] segments = repeat.substring(1).split("/");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            regex.append('/').append(java.util.regex.Pattern.quote(segments[i]))
                    .append(i == segments.length - 1 ? "\\[(\\d+)\\]" : "(?:\\[\\d+\\])?");
        }
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile(regex + "/").matcher(key);
        return entry.lookingAt() ? Integer.parseInt(entry.group(1)) : 0;
    }

    /** The answers as an application carries them. */
    public Map<String, Object> answers() {
        return InstanceAnswers.of(form.getMainInstance().getRoot());
    }

    private IAnswerData parseOrNull(String key, String text) {
        try {
            return AnswerCodec.parse(model.getQuestionPrompt(indexOf(key)), text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private FormIndex indexOf(String key) {
        FormIndex index = indexes.get(key);
        if (index == null) {
            items();
            index = indexes.get(key);
        }
        if (index == null) {
            throw new IllegalArgumentException("no question is shown at " + key);
        }
        return index;
    }

    private TreeElement element(FormIndex index) {
        return form.getMainInstance().resolveReference(index.getReference());
    }

    private static String text(String label, TreeReference reference) {
        return label == null || label.isBlank() ? reference.getNameLast() : label;
    }
}
