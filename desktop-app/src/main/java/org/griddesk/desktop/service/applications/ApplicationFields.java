package org.griddesk.desktop.service.applications;

/** Field names of the synced {@code application}, {@code form_template} and {@code service_rating} records. */
public final class ApplicationFields {

    public static final String TYPE = "application";
    public static final String GRID = "grid";
    public static final String TEMPLATE_ID = "templateId";
    public static final String TEMPLATE_VERSION = "templateVersion";
    public static final String RESIDENT_ID = "residentId";
    public static final String ANSWERS = "answers";
    public static final String STATUS = "status";
    public static final String ATTACHMENTS = "attachments";
    public static final String SUBMITTED_AT = "submittedAt";
    public static final String WORKER = "worker";
    /** Added by GridDesk: when and by whom the application was signed, and a proxy's relation to the resident. */
    public static final String SIGNED_AT = "signedAt";
    public static final String SIGNED_BY = "signedBy";
    public static final String SIGNATURE = "signature";
    public static final String PROXY_NAME = "proxyName";
    public static final String PROXY_RELATION = "proxyRelation";
    /** Set by the platform with a decision: the reason of a rejection, or what materials are missing. */
    /** The supervisor's comment on a decision or a return (written by the platform's review). */
    public static final String DECISION_NOTE = "decisionComment";
    /** What the resident still has to hand in (needs_materials), as a list of texts. */
    public static final String MISSING_MATERIALS = "missingMaterials";

    public static final String TEMPLATE_TYPE = "form_template";
    public static final String FORM_ID = "formId";
    public static final String VERSION = "version";
    public static final String TITLE = "title";
    public static final String LANGUAGES = "languages";
    public static final String XFORM = "xform";
    public static final String TEMPLATE_STATUS = "status";

    private ApplicationFields() {
    }
}
