package org.griddesk.desktop.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.griddesk.desktop.ui.i18n.Localization;
import org.griddesk.desktop.ui.i18n.Message;
import org.griddesk.map.layer.Feature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A clicked grid cell of the demo map reads 网格 / 名称 / 编码, not grid_cells / name: / code:. */
class FeatureDetailsTest {

    @Test
    void theDemoGridCellReadsInChinese() {
        Feature cell = new Feature(1, new GeometryFactory().createPoint(new Coordinate(106.5, 29.5)),
                Map.of("name", "幸福村一组", "code", "500101001001"));
        List<Message> lines = FeatureDetails.of("grid_cells", "网格", cell);
        String text = lines.stream().map(new Localization(Localization.CHINESE)::lang)
                .collect(Collectors.joining("\n"));
        assertEquals("地图要素（网格）\n编码：500101001001\n名称：幸福村一组", text);
        assertFalse(text.contains("grid_cells"));
    }

    @Test
    void aFilesOwnAttributesKeepTheirNames() {
        Feature road = new Feature(2, new GeometryFactory().createPoint(new Coordinate(106.5, 29.5)),
                Map.of("surface", "asphalt"));
        assertEquals(List.of(new Message("map.details.feature", "Roads"),
                new Message("map.details.attribute", "surface", "asphalt")), FeatureDetails.of("roads", "Roads", road));
    }
}
