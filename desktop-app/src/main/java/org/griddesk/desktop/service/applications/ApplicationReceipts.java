package org.griddesk.desktop.service.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.griddesk.desktop.service.forms.Choice;
import org.griddesk.desktop.service.forms.FormDefinitions;
import org.griddesk.desktop.service.forms.FormItem;
import org.griddesk.desktop.service.forms.FormSession;
import org.griddesk.desktop.service.forms.QuestionKind;
import org.griddesk.desktop.service.receipts.ReceiptData;

/**
 * What the receipt of a submitted application states, in the language of the screen: the template's title and the
 * labels of the materials checked off in the form (a multiple choice whose name says "material", as the built-in
 * templates call it), the resident with the identity number masked.
 */
public final class ApplicationReceipts {

    private final ApplicationService applications;
    private final FormDefinitions forms;
    private final ZoneId zone;

    public ApplicationReceipts(ApplicationService applications, FormDefinitions forms, ZoneId zone) {
        this.applications = applications;
        this.forms = forms;
        this.zone = zone;
    }

    public ReceiptData dataFor(Application application, String languageCode, String workerPhone) {
        FormTemplate template = applications.template(application.templateId(), application.templateVersion())
                .orElseThrow(() -> new IllegalStateException("template gone: " + application.templateId()));
        FormSession form = FormSession.resume(forms.open(template.formId(), template.version(), template.xform()),
                application.answers());
        form.useLanguageFor(languageCode);
        ResidentSummary resident = applications.registry().resident(application.residentId())
                .orElse(new ResidentSummary(application.residentId(), "", "", java.util.OptionalInt.empty(),
                        List.of(), application.grid()));
        LocalDate date = application.submittedAt().isBlank() ? LocalDate.now(zone)
                : Instant.parse(application.submittedAt()).atZone(zone).toLocalDate();
        String title = form.title().isBlank() ? template.title() : form.title();
        return new ReceiptData(application.id(), resident.name(), resident.maskedIdNumber(), title, date,
                materials(form), application.worker(), workerPhone == null ? "" : workerPhone);
    }

    private static List<String> materials(FormSession form) {
        List<String> labels = new ArrayList<>();
        for (FormItem item : form.items()) {
            if (item instanceof FormItem.Question question && question.kind() == QuestionKind.SELECT_MULTIPLE
                    && question.path().substring(question.path().lastIndexOf('/') + 1).toLowerCase().contains("material")) {
                Set<String> chosen = Set.of(question.value().split("\\s+"));
                for (Choice choice : question.choices()) {
                    if (chosen.contains(choice.value())) {
                        labels.add(choice.label());
                    }
                }
            }
        }
        return labels;
    }
}
