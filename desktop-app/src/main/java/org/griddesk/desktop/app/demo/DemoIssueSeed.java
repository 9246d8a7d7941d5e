package org.griddesk.desktop.app.demo;

import java.util.List;

import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueDraft;
import org.griddesk.desktop.service.issues.IssuePriority;
import org.griddesk.desktop.service.issues.IssueService;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.model.record.FieldRecord;
import org.griddesk.model.record.Location;
import org.griddesk.model.record.ResidentFields;

/**
 * A few made-up issues beside the demo homes, at different steps of the flow, so that the 事件 list and the map's
 * pins (coloured by status) show what they are for. They are logged through {@link IssueService} like any issue.
 */
final class DemoIssueSeed {

    /** Roughly 30 m: an issue sits beside a home, not on top of its pin. */
    private static final double BESIDE = 0.0003;

    private record DemoIssue(int home, String category, String title, String description, IssuePriority priority,
                             IssueStatus reachedStep, String resident) {
    }

    private static final List<DemoIssue> ISSUES = List.of(
            new DemoIssue(0, "hazard.building", "老屋后墙开裂", "雨后后墙裂缝变宽，屋内仍有人居住，需尽快查看。",
                    IssuePriority.URGENT, IssueStatus.REPORTED, null),
            new DemoIssue(2, "livelihood.elderly", "独居老人需定期探访", "王五年过八旬独居，腿脚不便，希望每周上门一次。",
                    IssuePriority.HIGH, IssueStatus.ACCEPTED, "王五"),
            new DemoIssue(4, "sanitation.waste", "河边垃圾堆放", "河岸边有生活垃圾堆积，夏季有异味。",
                    IssuePriority.NORMAL, IssueStatus.IN_PROGRESS, null),
            new DemoIssue(7, "dispute.neighbour", "宅基地边界争议", "两户因院墙位置发生争执，已初步调解。",
                    IssuePriority.NORMAL, IssueStatus.RESOLVED, null),
            new DemoIssue(9, "infrastructure.water", "自来水管漏水", "路边水管接头漏水，已报供水站维修。",
                    IssuePriority.LOW, IssueStatus.ARCHIVED, null));

    private DemoIssueSeed() {
    }

    /** Logs the demo issues unless the store already holds issues; returns how many were logged. */
    static int seed(IssueService issues, RegistryService registry) {
        if (!issues.list().isEmpty()) {
            return 0;
        }
        List<DemoVillage.HomeSite> homes = DemoVillage.standard().homeSites(DemoRegistrySeed.HOMES_COUNT);
        for (DemoIssue demo : ISSUES) {
            DemoVillage.HomeSite home = homes.get(demo.home());
            List<String> involved = demo.resident() == null ? List.of() : residentsNamed(registry, demo.resident());
            Issue issue = issues.report(new IssueDraft(home.grid(), demo.category(), demo.title(), demo.description(),
                    new Location(home.lon() + BESIDE, home.lat() + BESIDE), demo.priority(), List.of(), involved));
            walk(issues, issue.id(), demo.reachedStep());
        }
        return ISSUES.size();
    }

    private static void walk(IssueService issues, String id, IssueStatus target) {
        for (IssueStatus step : List.of(IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS, IssueStatus.RESOLVED,
                IssueStatus.ARCHIVED)) {
            if (step.ordinal() > target.ordinal()) {
                return;
            }
            issues.move(id, step, "");
        }
    }

    private static List<String> residentsNamed(RegistryService registry, String name) {
        return registry.residents().stream()
                .filter(resident -> resident.string(ResidentFields.NAME).filter(name::equals).isPresent())
                .map(FieldRecord::id).toList();
    }
}
