package org.griddesk.desktop.service.review;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.griddesk.desktop.service.applications.Application;
import org.griddesk.desktop.service.applications.Applications;
import org.griddesk.desktop.service.issues.MissingPhotos;
import org.griddesk.desktop.service.receipts.FormPrint;

/**
 * An application under review laid out as its form: the template synced to this laptop gives the questions and
 * choice labels, identity, phone and bank numbers are masked, and the scans and the signature are fetched from the
 * platform (resumably, kept encrypted) before they are shown. Without the template here (not yet synced) there is
 * no layout, and the pane says so instead of showing raw answers.
 */
public final class ApplicationSheets {
    public static final ApplicationSheets NONE = new ApplicationSheets(() -> null, MissingPhotos.NONE);

    private final Supplier<Applications> services;
    private final MissingPhotos downloads;
    private Applications opened;

    /** {@code services}: opened on first use, on the thread reading the item (it reads the registry). */
    public ApplicationSheets(Supplier<Applications> services, MissingPhotos downloads) {
        this.services = services;
        this.downloads = downloads;
    }

    public Optional<FormPrint> sheet(String applicationId, Map<String, Object> fields, String languageCode) {
        Applications applications = applications();
        if (applications == null) {
            return Optional.empty();
        }
        Application application = Application.of(applicationId, fields);
        if (applications.applications().template(application.templateId(), application.templateVersion())
                .isEmpty()) {
            return Optional.empty();
        }
        for (String sha256 : application.attachments()) {
            if (!applications.applications().hasBlob(sha256)) {
                downloads.fetch(sha256); // a picture that cannot be had now is drawn as missing
            }
        }
        return Optional.of(applications.formPrints().printOf(application, languageCode));
    }

    private synchronized Applications applications() {
        if (opened == null) {
            opened = services.get();
        }
        return opened;
    }
}
