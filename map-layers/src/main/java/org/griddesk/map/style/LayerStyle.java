package org.griddesk.map.style;

import java.util.Optional;

/**
 * How one layer is drawn: point symbol, lines, polygon fill and outline, the layer's opacity and
 * which attribute (often Chinese text such as 名称) labels each feature.
 */
public record LayerStyle(PointSymbol pointSymbol, double pointSize, Rgba pointColor,
                         double lineWidth, Rgba lineColor,
                         Rgba fillColor, Rgba strokeColor, double strokeWidth,
                         double opacity, String labelField, Rgba labelColor, double labelSize) {

    public LayerStyle {
        if (opacity < 0 || opacity > 1) {
            throw new IllegalArgumentException("opacity must be within 0..1");
        }
        if (pointSize <= 0 || lineWidth < 0 || strokeWidth < 0 || labelSize <= 0) {
            throw new IllegalArgumentException("sizes must be positive");
        }
    }

    public static LayerStyle defaults() {
        return new LayerStyle(PointSymbol.CIRCLE, 8, Rgba.hex("#d62728"), 1.5, Rgba.hex("#1f77b4"),
                Rgba.hex("#9ecae180"), Rgba.hex("#3182bd"), 1, 1.0, null, Rgba.hex("#222222"), 12);
    }

    public Optional<String> label() {
        return Optional.ofNullable(labelField);
    }

    public LayerStyle withPoint(PointSymbol symbol, double size, Rgba color) {
        return new LayerStyle(symbol, size, color, lineWidth, lineColor, fillColor, strokeColor, strokeWidth,
                opacity, labelField, labelColor, labelSize);
    }

    public LayerStyle withLine(double width, Rgba color) {
        return new LayerStyle(pointSymbol, pointSize, pointColor, width, color, fillColor, strokeColor, strokeWidth,
                opacity, labelField, labelColor, labelSize);
    }

    public LayerStyle withPolygon(Rgba fill, Rgba stroke, double width) {
        return new LayerStyle(pointSymbol, pointSize, pointColor, lineWidth, lineColor, fill, stroke, width,
                opacity, labelField, labelColor, labelSize);
    }

    public LayerStyle withOpacity(double value) {
        return new LayerStyle(pointSymbol, pointSize, pointColor, lineWidth, lineColor, fillColor, strokeColor,
                strokeWidth, value, labelField, labelColor, labelSize);
    }

    public LayerStyle withLabel(String field, Rgba color, double size) {
        return new LayerStyle(pointSymbol, pointSize, pointColor, lineWidth, lineColor, fillColor, strokeColor,
                strokeWidth, opacity, field, color, size);
    }
}
