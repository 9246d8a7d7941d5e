package org.griddesk.map.style;

import java.util.Locale;

/** A colour with alpha, independent of any UI toolkit; components are 0–255, alpha 0–1. */
public record Rgba(int red, int green, int blue, double alpha) {

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("colour component out of range");
        }
    }

    /** Parses "#RRGGBB" or "#RRGGBBAA". */
    public static Rgba hex(String text) {
        String h = text.startsWith("#") ? text.substring(1) : text;
        if (h.length() != 6 && h.length() != 8) {
            throw new IllegalArgumentException("not a colour: " + text);
        }
        int r = Integer.parseInt(h.substring(0, 2), 16);
        int g = Integer.parseInt(h.substring(2, 4), 16);
        int b = Integer.parseInt(h.substring(4, 6), 16);
        double a = h.length() == 8 ? Integer.parseInt(h.substring(6, 8), 16) / 255.0 : 1.0;
        return new Rgba(r, g, b, a);
    }

    public Rgba withAlpha(double a) {
        return new Rgba(red, green, blue, a);
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x%02x", red, green, blue, (int) Math.round(alpha * 255));
    }
}
