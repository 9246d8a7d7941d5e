package org.griddesk.platform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.griddesk.platform.service.AdministrativeCodes;
import org.griddesk.platform.service.forms.BuiltInTemplates;
import org.griddesk.platform.service.forms.FormTemplateService;
import org.griddesk.platform.service.forms.PublishOutcome;
import org.griddesk.platform.service.forms.TemplateSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code template publish}, {@code template list} and {@code template retire}. */
final class TemplateCommands {
    private TemplateCommands() {
    }

    @Command(name = "template", description = "Manage application form templates.")
    static final class Group extends MissingSubcommand {
    }

    /** The county whose templates a command works on. */
    static final class CountyOption {
        @Option(names = "--county", description = "6-digit county code (default: 500101)")
        String county;

        String resolve() {
            return AdministrativeCodes.resolveCounty(Optional.ofNullable(county), List.of());
        }
    }

    @Command(name = "publish", description = "Publish a form template: an XLSForm (.xlsx) or an XForm (.xml), parsed "
            + "with JavaRosa first. A formId and version is published once; publishing the same file again changes "
            + "nothing.")
    static final class Publish implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--file", paramLabel = "FILE", description = "F.xlsx (XLSForm) or F.xml (XForm)")
        Path file;

        @Option(names = "--builtin", description = "Publish the four templates shipped with the platform")
        boolean builtin;

        @Mixin
        CountyOption county;

        @Mixin
        DatabaseOptions database;

        Publish(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            if ((file == null) == !builtin) {
                throw new BadInputException("Give either --file F.xlsx|F.xml or --builtin");
            }
            Map<String, byte[]> files = builtin ? BuiltInTemplates.read() : Map.of(file.getFileName().toString(),
                    read(file));
            String resolved = county.resolve();
            // every file is converted and parsed before the database is opened: a bad one stores nothing
            List<FormTemplateService.PreparedTemplate> prepared = files.entrySet().stream()
                    .map(entry -> FormTemplateService.prepare(entry.getKey(), entry.getValue())).toList();
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), resolved)) {
                List<PublishOutcome> outcomes = prepared.stream()
                        .map(template -> session.services().templates().publish(template)).toList();
                outcomes.forEach(outcome -> out.println((outcome.created() ? "Published " : "Already published ")
                        + describe(outcome.template())));
                return 0;
            }
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new BadInputException("Template file " + file + " cannot be read");
            }
        }
    }

    @Command(name = "list", description = "List every published template version.")
    static final class ListTemplates implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Mixin
        CountyOption county;

        @Mixin
        DatabaseOptions database;

        ListTemplates(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), county.resolve())) {
                List<TemplateSummary> templates = session.services().templates().list();
                templates.forEach(template -> out.println(describe(template)));
                if (templates.isEmpty()) {
                    out.println("No templates published");
                }
                return 0;
            }
        }
    }

    @Command(name = "retire", description = "Retire a template version: devices keep it for applications already "
            + "started, and offer it for no new ones.")
    static final class Retire implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--form-id", required = true, paramLabel = "ID")
        String formId;

        @Option(names = "--form-version", required = true, paramLabel = "VERSION",
                description = "The version to retire (--version alone prints the platform's own version)")
        String version;

        @Mixin
        CountyOption county;

        @Mixin
        DatabaseOptions database;

        Retire(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), county.resolve())) {
                out.println("Retired " + describe(session.services().templates().retire(formId, version)));
                return 0;
            }
        }
    }

    static String describe(TemplateSummary template) {
        return template.formId() + " version " + template.version() + " (" + template.status() + "): "
                + template.title() + " [" + String.join(", ", template.languages()) + "]";
    }
}
