package org.griddesk.desktop.ui.practice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The practice banner's text on its strip, as the stylesheet sets them, keeps WCAG contrast of at least 4.5:1. */
class PracticeBannerContrastTest {

    @Test
    void bannerTextOnTheBannerStripHasAContrastOfAtLeastFourAndAHalf() throws IOException {
        String css;
        try (InputStream in = PracticeBannerContrastTest.class
                .getResourceAsStream("/org/griddesk/desktop/ui/griddesk.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String background = colour(css, "\\.practice-banner \\{", "-fx-background-color");
        String text = colour(css, "\\.practice-banner \\.label \\{", "-fx-text-fill");

        double ratio = contrast(background, text);

        assertTrue(ratio >= 4.5, "contrast " + ratio + " of " + text + " on " + background);
    }

    private static String colour(String css, String selector, String property) {
        Matcher rule = Pattern.compile(selector + "([^}]*)}").matcher(css);
        assertTrue(rule.find(), "no rule " + selector);
        Matcher value = Pattern.compile(Pattern.quote(property) + ":\\s*(#[0-9a-fA-F]{6})").matcher(rule.group(1));
        assertTrue(value.find(), property + " in " + selector + " is not a #rrggbb colour");
        return value.group(1);
    }

    static double contrast(String a, String b) {
        double first = luminance(a);
        double second = luminance(b);
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    private static double luminance(String hex) {
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channels[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
}
