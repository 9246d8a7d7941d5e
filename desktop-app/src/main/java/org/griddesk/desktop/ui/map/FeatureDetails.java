package org.griddesk.desktop.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.griddesk.desktop.service.map.RecordLayers;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.map.layer.Feature;

/** The lines of the identify panel for a clicked feature: a record's own fields or a file's attributes. */
final class FeatureDetails {

    private FeatureDetails() {
    }

    /** Attributes the app's own maps use, named in the bundles; a file's other attributes keep the file's names. */
    private static final Set<String> NAMED_ATTRIBUTES = Set.of("name", "code", "county", "county_code", "grid");

    static List<Message> of(String layerName, Feature feature) {
        return of(layerName, layerName, feature);
    }

    /** {@code layerTitle} is the layer's human title (网格), shown instead of its file name (grid_cells). */
    static List<Message> of(String layerName, String layerTitle, Feature feature) {
        List<Message> lines = new ArrayList<>();
        if (layerName.equals(RecordLayers.HOUSEHOLDS)) {
            lines.add(new Message("map.details.household"));
            lines.add(new Message("map.details.address", feature.text("address")));
            lines.add(new Message("map.details.houseNo", feature.text("houseNo")));
        } else if (layerName.startsWith(RecordLayers.ISSUE_PREFIX)) {
            lines.add(new Message("map.details.issue"));
            lines.add(new Message("map.details.title.value", feature.text("title")));
            lines.add(new Message("issues.status." + feature.text("status")));
        } else {
            lines.add(new Message("map.details.feature", layerTitle));
            for (Map.Entry<String, Object> attribute : new TreeMap<>(feature.attributes()).entrySet()) {
                String value = String.valueOf(attribute.getValue());
                lines.add(NAMED_ATTRIBUTES.contains(attribute.getKey())
                        ? new Message("map.attribute." + attribute.getKey(), value)
                        : new Message("map.details.attribute", attribute.getKey(), value));
            }
        }
        return lines;
    }
}
