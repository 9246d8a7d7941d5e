package org.griddesk.model.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.instance.TreeElement;

/**
 * A form JavaRosa has parsed, kept serialized: each use gets its own form definition (they hold answers and
 * are not thread-safe), read back from the bytes instead of parsed again, and returned for reuse afterwards.
 */
public final class ParsedForm {
    private final FormTemplateInfo info;
    private final byte[] serialized;
    private final ConcurrentLinkedQueue<AnswerCheck> idle = new ConcurrentLinkedQueue<>();

    ParsedForm(FormTemplateInfo info, byte[] serialized) {
        this.info = info;
        this.serialized = serialized;
    }

    public FormTemplateInfo info() {
        return info;
    }

    /**
     * A fresh form definition of its own, for one form-entry session (the desktop renders and fills it). Read back
     * from the parsed form, so it needs neither the parse lock nor a parse; it is not shared with anyone.
     */
    public FormDef newFormDef() {
        return XFormEngine.copy(serialized);
    }

    /** The registry field a question (or a repeat: {@code household.members}) is prefilled from, if any. */
    public static Optional<String> prefillOf(TreeElement element) {
        String field = element.getBindAttributeValue(XFormNames.GRIDDESK_NS, XFormNames.PREFILL);
        return field == null || field.isBlank() ? Optional.empty() : Optional.of(field);
    }

    /**
     * Checks an application's answers against the form. {@code complete} checks a submitted application:
     * required answers and constraints too; a draft is only checked for answers of the wrong type.
     */
    public List<AnswerProblem> validate(Map<String, ?> answers, boolean complete) {
        AnswerCheck check = idle.poll();
        if (check == null) {
            check = new AnswerCheck(XFormEngine.copy(serialized));
        }
        List<AnswerProblem> problems;
        try {
            problems = check.run(answers, complete);
        } catch (RuntimeException e) {
            // an expression JavaRosa cannot evaluate with these answers; the check is dropped, its state unknown
            String path = "/" + check.rootName();
            return List.of(new AnswerProblem(AnswerProblem.Kind.NOT_EVALUABLE, path,
                    "表单无法用这些回答计算：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
        // only a check that finished goes back: one that failed half-way may hold a broken state
        idle.offer(check);
        return problems;
    }
}
