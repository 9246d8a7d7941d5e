package org.griddesk.desktop.service.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.griddesk.desktop.service.forms.Choice;
import org.griddesk.desktop.service.forms.FormDefinitions;
import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.FormSession;
import org.griddesk.desktop.service.forms.QuestionKind;
import org.griddesk.desktop.service.receipts.FormPrint;

/**
 * A submitted application as its printed form: the template's questions in the language of the screen, each answer
 * as a person reads it (a choice by its label), pictures from the encrypted blob store, identity, phone and bank
 * numbers masked.
 *
 * <p>Health, disability and 低保/特困 answers are printed as given: this is the applicant's own form, handed to the
 * applicant and kept in the application's file, which the office deciding it reads anyway. Lists, exports and
 * anything shown to others keep leaving them out.
 */
public final class ApplicationFormPrints {

    private final ApplicationService applications;
    private final FormDefinitions forms;
    private final ZoneId zone;

    public ApplicationFormPrints(ApplicationService applications, FormDefinitions forms, ZoneId zone) {
        this.applications = applications;
        this.forms = forms;
        this.zone = zone;
    }

    public FormPrint printOf(Application application, String languageCode) {
        FormTemplate template = applications.template(application.templateId(), application.templateVersion())
                .orElseThrow(() -> new IllegalStateException("template gone: " + application.templateId()));
        FormSession form = FormSession.resume(forms.open(template.formId(), template.version(), template.xform()),
                application.answers());
        form.useLanguageFor(languageCode);
        ResidentSummary resident = applications.registry().resident(application.residentId())
                .orElse(new ResidentSummary(application.residentId(), "", "", OptionalInt.empty(), List.of(),
                        application.grid()));
        LocalDate date = application.submittedAt().isBlank() ? LocalDate.now(zone)
                : Instant.parse(application.submittedAt()).atZone(zone).toLocalDate();
        String title = form.title().isBlank() ? template.title() : form.title();
        return new FormPrint(title, application.id(), resident.name(), resident.maskedIdNumber(), date,
                application.worker(), lines(form));
    }

    private List<FormPrint.Line> lines(FormSession form) {
        List<FormPrint.Line> lines = new ArrayList<>();
        for (FormItem item : form.items()) {
            if (item instanceof FormItem.Group group) {
                lines.add(new FormPrint.Heading(group.label(), group.depth()));
            } else if (item instanceof FormItem.RepeatEntry entry) {
                lines.add(new FormPrint.Entry(entry.label(), entry.number(), entry.depth()));
            } else if (item instanceof FormItem.Question question) {
                lines.add(line(question));
            }
        }
        return lines;
    }

    private FormPrint.Line line(FormItem.Question question) {
        return switch (question.kind()) {
            case NOTE -> new FormPrint.Note(question.label(), question.depth());
            case IMAGE, SIGNATURE -> question.value().isBlank()
                    ? new FormPrint.Field(question.label(), "", question.depth())
                    : new FormPrint.Picture(question.label(), picture(question.value()),
                    question.kind() == QuestionKind.SIGNATURE, question.depth());
            case SELECT_ONE, SELECT_MULTIPLE -> new FormPrint.Field(question.label(), chosenLabels(question),
                    question.depth());
            default -> new FormPrint.Field(question.label(), AnswerMasking.forPrint(question), question.depth());
        };
    }

    private static String chosenLabels(FormItem.Question question) {
        Set<String> chosen = Set.of(question.value().strip().split("\\s+"));
        List<String> labels = new ArrayList<>();
        for (Choice choice : question.choices()) {
            if (chosen.contains(choice.value())) {
                labels.add(choice.label());
            }
        }
        return String.join("、", labels);
    }

    /** The picture an answer names ("<sha256>.png"); empty when it never reached this computer. */
    private byte[] picture(String answer) {
        if (answer == null || answer.isBlank()) {
            return new byte[0];
        }
        String sha256 = answer.contains(".") ? answer.substring(0, answer.indexOf('.')) : answer;
        try {
            return applications.blob(sha256);
        } catch (RuntimeException missing) {
            return new byte[0];
        }
    }
}
