package org.griddesk.map.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.griddesk.map.crs.Crs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerInventoryTest {

    @TempDir
    Path dir;

    @Test
    void oneTabSeparatedLinePerLayer() {
        Path file = dir.resolve("two.gpkg");
        FeatureLayer village = TestFeatures.villageLayer();
        FeatureLayer office = new FeatureLayer("office", "村委会", Crs.WGS84, false, village.features().subList(0, 1));
        try (GeoPackageLayerWriter w = GeoPackageLayerWriter.create(file)) {
            w.write(village, Crs.CGCS2000);
            w.write(office, Crs.WGS84);
        }
        assertEquals(List.of(
                "village\tfeatures\t3\tEPSG:4490\t108.375000,30.806000,108.385000,30.810500",
                "office\tfeatures\t1\tEPSG:4326\t108.380100,30.810200,108.380100,30.810200"),
                LayerInventory.lines(file));
    }
}
