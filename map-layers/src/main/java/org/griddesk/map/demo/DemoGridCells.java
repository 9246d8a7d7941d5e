package org.griddesk.map.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.griddesk.map.layer.Feature;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Splits the village into a 3 × 2 block of grid cells (网格) with 12-digit codes 500101001001–006:
 * county 500101, township 001, then the cell number.
 */
final class DemoGridCells {

    static final String CODE_PREFIX = DemoArea.COUNTY_CODE + "001";
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六"};
    private static final int COLUMNS = 3;
    private static final int ROWS = 2;

    private DemoGridCells() {
    }

    static List<Feature> cells(Polygon boundary) {
        Envelope e = boundary.getEnvelopeInternal();
        double w = e.getWidth() / COLUMNS;
        double h = e.getHeight() / ROWS;
        List<Feature> cells = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++) {
                double minX = e.getMinX() + col * w;
                double maxY = e.getMaxY() - row * h;
                Envelope box = new Envelope(minX, minX + w, maxY - h, maxY);
                Geometry cell = boundary.intersection(DemoVillageGenerator.GEOMETRY.toGeometry(box));
                int number = cells.size() + 1;
                cells.add(new Feature(number, cell, Map.of(
                        "code", CODE_PREFIX + String.format(java.util.Locale.ROOT, "%03d", number),
                        "name", DemoArea.VILLAGE_NAME + "第" + ORDINALS[number - 1] + "网格")));
            }
        }
        return cells;
    }

    static String codeAt(List<Feature> cells, Point p) {
        for (Feature cell : cells) {
            if (cell.geometry().covers(p)) {
                return cell.text("code");
            }
        }
        Coordinate c = p.getCoordinate();
        throw new IllegalStateException("point outside every grid cell: " + c);
    }
}
