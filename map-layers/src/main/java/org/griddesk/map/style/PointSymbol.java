package org.griddesk.map.style;

public enum PointSymbol {
    CIRCLE, SQUARE, TRIANGLE, PIN
}
