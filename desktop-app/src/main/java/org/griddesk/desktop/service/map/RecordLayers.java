package org.griddesk.desktop.service.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.issues.Issue;
import org.griddesk.desktop.service.issues.IssueStatus;
import org.griddesk.map.crs.Crs;
import org.griddesk.map.layer.Feature;
import org.griddesk.map.layer.FeatureLayer;
import org.griddesk.map.style.LayerStyle;
import org.griddesk.map.style.PointSymbol;
import org.griddesk.map.style.Rgba;
import org.griddesk.model.record.HouseholdFields;
import org.griddesk.model.record.Location;
import org.griddesk.sync.record.SyncRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Point layers made from records: household points and issue pins, one pin layer per status and colour. */
public final class RecordLayers {

    public static final String HOUSEHOLDS = "households";
    public static final String ISSUE_PREFIX = "issues_";
    /** The attribute holding the record id, so a click on a point finds its record. */
    public static final String RECORD_ID = "recordId";

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Map<IssueStatus, String> PIN_COLOURS = new EnumMap<>(Map.of(
            IssueStatus.REPORTED, "#d62728",
            IssueStatus.ACCEPTED, "#ff7f0e",
            IssueStatus.IN_PROGRESS, "#1f77b4",
            IssueStatus.RESOLVED, "#2ca02c",
            IssueStatus.ARCHIVED, "#7f7f7f",
            IssueStatus.RETURNED, "#9467bd"));

    private RecordLayers() {
    }

    public static ShownLayer households(Collection<SyncRecord> households) {
        List<Feature> points = new ArrayList<>();
        for (SyncRecord household : households) {
            Location.fromWire(household.field(HouseholdFields.LOCATION)).ifPresent(location -> {
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put(RECORD_ID, household.id());
                attributes.put("address", text(household.field(HouseholdFields.ADDRESS)));
                attributes.put("houseNo", text(household.field(HouseholdFields.HOUSE_NO)));
                points.add(new Feature(points.size() + 1L, point(location), attributes));
            });
        }
        LayerStyle style = LayerStyle.defaults().withPoint(PointSymbol.SQUARE, 7, Rgba.hex("#8c564b"));
        return new ShownLayer(new FeatureLayer(HOUSEHOLDS, HOUSEHOLDS, Crs.WGS84, false, points), style,
                LayerRole.HOUSEHOLDS);
    }

    /** One layer per shown status, in flow order, so the filter is a matter of which layers exist. */
    public static List<ShownLayer> issuePins(Collection<Issue> issues, Collection<IssueStatus> shown) {
        List<ShownLayer> layers = new ArrayList<>();
        for (IssueStatus status : IssueStatus.values()) {
            if (!shown.contains(status)) {
                continue;
            }
            List<Feature> pins = new ArrayList<>();
            for (Issue issue : issues) {
                if (issue.status() == status && issue.location() != null) {
                    Map<String, Object> attributes = new LinkedHashMap<>();
                    attributes.put(RECORD_ID, issue.id());
                    attributes.put("title", issue.title());
                    attributes.put("status", status.code());
                    pins.add(new Feature(pins.size() + 1L, point(issue.location()), attributes));
                }
            }
            LayerStyle style = LayerStyle.defaults().withPoint(PointSymbol.PIN, 14, pinColour(status));
            String name = ISSUE_PREFIX + status.code();
            layers.add(new ShownLayer(new FeatureLayer(name, name, Crs.WGS84, false, pins), style, LayerRole.ISSUES));
        }
        return layers;
    }

    public static Rgba pinColour(IssueStatus status) {
        return Rgba.hex(PIN_COLOURS.get(status));
    }

    private static org.locationtech.jts.geom.Point point(Location location) {
        return GEOMETRY.createPoint(new Coordinate(location.lon(), location.lat()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
