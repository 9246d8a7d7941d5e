package org.griddesk.platform.service.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.griddesk.model.forms.FormTemplateInfo;
import org.griddesk.model.forms.ParsedForm;
import org.griddesk.model.forms.XFormEngine;
import org.griddesk.model.forms.XFormException;
import org.griddesk.model.forms.XlsFormConverter;
import org.griddesk.model.forms.XlsFormException;
import org.griddesk.model.record.UuidV7Generator;
import org.griddesk.platform.service.AlreadyExistsException;
import org.griddesk.platform.service.InvalidInputException;
import org.griddesk.platform.store.sync.FormTemplateStore;
import org.griddesk.sync.clock.Hlc;
import org.griddesk.sync.merge.FieldStamp;
import org.griddesk.sync.merge.ServerRecord;

/**
 * Publishes application templates (XLSForm converted here, or XForm as is), each version once and for good,
 * after JavaRosa has parsed it; lists and retires them; and gives the sync push the parsed form an application
 * names. Templates are records of type {@code form_template} without a grid, which every device pulls.
 */
public final class FormTemplateService {
    public static final String ACTIVE = "active";
    public static final String RETIRED = "retired";
    /** The author and HLC device of the platform's own edits. */
    static final String PLATFORM = "platform";

    private final FormTemplateStore store;
    private final XFormEngine engine = new XFormEngine();
    private final Map<String, ParsedForm> parsed = new ConcurrentHashMap<>();
    private final Clock clock;
    private final UuidV7Generator ids;

    public FormTemplateService(FormTemplateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.ids = new UuidV7Generator(clock, new SecureRandom());
    }

    /** A template file converted (if XLSForm) and parsed by JavaRosa, ready to publish. */
    public record PreparedTemplate(FormTemplateInfo info, String xform) {
    }

    /**
     * Converts and parses a template file without touching the database, refusing one that cannot be run with
     * a message naming the problem (for an XLSForm: sheet, row and column). {@code fileName} says the format:
     * {@code .xlsx} is XLSForm, anything else XForm XML.
     */
    public static PreparedTemplate prepare(String fileName, byte[] content) {
        String xform = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? convert(fileName, content)
                : utf8(fileName, content);
        try {
            return new PreparedTemplate(XFormEngine.parse(xform).info(), xform);
        } catch (XFormException e) {
            throw new InvalidInputException(fileName + ": " + e.getMessage());
        }
    }

    public PublishOutcome publish(String fileName, byte[] content) {
        return publish(prepare(fileName, content));
    }

    public PublishOutcome publish(PreparedTemplate template) {
        FormTemplateInfo info = template.info();
        String xform = template.xform();
        return store.inTransaction(() -> {
            Optional<ServerRecord> existing = store.find(info.formId(), info.version());
            if (existing.isPresent()) {
                if (xform.equals(existing.get().fields().get("xform"))) {
                    return new PublishOutcome(summary(existing.get()), false);
                }
                throw new AlreadyExistsException("Form " + info.formId() + " version " + info.version()
                        + " is already published with other content; give the changed form a new version");
            }
            ServerRecord record = created(info, xform);
            store.save(record);
            return new PublishOutcome(summary(record), true);
        });
    }

    public List<TemplateSummary> list() {
        return store.all().stream().map(FormTemplateService::summary).toList();
    }

    /** Retired templates stay on the devices for the applications already started with them. */
    public TemplateSummary retire(String formId, String version) {
        return store.inTransaction(() -> {
            ServerRecord current = store.find(formId, version).orElseThrow(() -> new InvalidInputException(
                    "No form " + formId + " version " + version + " is published"));
            if (RETIRED.equals(current.fields().get("status"))) {
                return summary(current);
            }
            long rev = current.rev() + 1;
            Map<String, Object> fields = new TreeMap<>(current.fields());
            fields.put("status", RETIRED);
            Map<String, FieldStamp> stamps = new TreeMap<>(current.stamps());
            stamps.put("status", stamp(rev));
            ServerRecord retired = new ServerRecord(current.type(), current.id(), rev, fields, false, stamps);
            store.save(retired);
            return summary(retired);
        });
    }

    /** The parsed form of a published template version, active or retired; parsed once per version. */
    public Optional<ParsedForm> form(String formId, String version) {
        String key = formId + "\u0000" + version;
        ParsedForm known = parsed.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ServerRecord> record = store.find(formId, version);
        if (record.isEmpty() || !(record.get().fields().get("xform") instanceof String xform)) {
            return Optional.empty();
        }
        try {
            ParsedForm form = engine.form(formId, version, xform);
            parsed.putIfAbsent(key, form);
            return Optional.of(form);
        } catch (XFormException e) {
            throw new IllegalStateException("A published template no longer parses: " + formId + " " + version, e);
        }
    }

    private ServerRecord created(FormTemplateInfo info, String xform) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("formId", info.formId());
        fields.put("version", info.version());
        fields.put("title", info.title());
        fields.put("languages", info.languages());
        fields.put("xform", xform);
        fields.put("status", ACTIVE);
        fields.put("publishedAt", Instant.now(clock).toString());
        info.minAge().ifPresent(age -> fields.put("minAge", age));
        info.maxAge().ifPresent(age -> fields.put("maxAge", age));
        fields.put("tags", info.tags());
        Map<String, FieldStamp> stamps = new TreeMap<>();
        fields.keySet().forEach(field -> stamps.put(field, stamp(1)));
        return new ServerRecord(FormTemplateStore.TYPE, ids.nextId(), 1, fields, false, stamps);
    }

    private FieldStamp stamp(long rev) {
        return new FieldStamp(rev, new Hlc(clock.millis(), 0, PLATFORM), PLATFORM);
    }

    private static String convert(String fileName, byte[] content) {
        try {
            return new XlsFormConverter().convert(new ByteArrayInputStream(content)).xform();
        } catch (XlsFormException e) {
            throw new InvalidInputException(fileName + ": " + e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(fileName + " is not an XLSForm workbook (.xlsx): " + e.getMessage());
        }
    }

    private static String utf8(String fileName, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(fileName + " is not UTF-8 text");
        }
    }

    @SuppressWarnings("unchecked")
    static TemplateSummary summary(ServerRecord record) {
        Map<String, Object> f = record.fields();
        Object languages = f.get("languages");
        return new TemplateSummary(record.id(), String.valueOf(f.get("formId")), String.valueOf(f.get("version")),
                String.valueOf(f.get("title")), languages instanceof List<?> list ? (List<String>) list : List.of(),
                String.valueOf(f.get("status")));
    }
}
