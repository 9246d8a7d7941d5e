package org.griddesk.desktop.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.griddesk.desktop.service.map.RecordLayers;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.map.layer.Feature;

/** The lines of the identify panel for a clicked feature: a record's own fields or a file's attributes. */
final class FeatureDetails {

    private FeatureDetails() {
    }

    static List<Message> of(String layerName, Feature feature) {
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
            lines.add(new Message("map.details.feature", layerName));
            for (Map.Entry<String, Object> attribute : feature.attributes().entrySet()) {
                lines.add(new Message("map.details.attribute", attribute.getKey(), String.valueOf(attribute.getValue())));
            }
        }
        return lines;
    }
}
