package org.griddesk.platform.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.griddesk.platform.service.AdministrativeCodes;
import org.griddesk.platform.service.review.ReviewRule;
import org.griddesk.platform.service.review.ReviewRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code review rules}: which new or changed records need a supervisor's look. */
final class ReviewCommands {
    private ReviewCommands() {
    }

    @Command(name = "review", description = "Configure the supervisors' review queue.")
    static final class Group extends MissingSubcommand {
    }

    @Command(name = "rules", description = {"Set which records need review: changes of --fields of --type records, "
            + "and with --new every new one. Without --type, print the rules in force.",
            "Default: new residents and changes of idNumber, name or householdId."})
    static final class Rules implements Callable<Integer> {
        private final PlatformOperations operations;
        private final PrintWriter out;

        @Option(names = "--type", description = "Record type: resident, household, visit, grid")
        String type;

        @Option(names = "--fields", split = ",", paramLabel = "FIELDS",
                description = "Comma-separated field names whose changes need review (\"\" for none)")
        List<String> fields = List.of();

        @Option(names = "--new", description = "Every new record of the type needs review too")
        boolean onNew;

        @Option(names = "--county", defaultValue = "500101",
                description = "6-digit county code (default: ${DEFAULT-VALUE})")
        String county;

        @Mixin
        DatabaseOptions database;

        Rules(PlatformOperations operations, PrintWriter out) {
            this.operations = operations;
            this.out = out;
        }

        @Override
        public Integer call() {
            String resolved = AdministrativeCodes.requireCountyCode(county);
            ReviewRule rule = type == null ? null : ReviewRules.checked(type.trim(), fields, onNew);
            try (PlatformOperations.AdminSession session = operations.openAdmin(database.target(), resolved)) {
                ReviewRules rules = session.services().reviewRules();
                if (rule != null) {
                    rules.set(rule);
                    out.println("Review rule for " + rule.recordType() + " set in county " + resolved);
                }
                rules.inForce().forEach(each -> out.println(each.recordType() + ": fields "
                        + (each.fields().isEmpty() ? "(none)" : String.join(",", each.fields()))
                        + (each.onNew() ? "; every new record" : "")));
                return 0;
            }
        }
    }
}
