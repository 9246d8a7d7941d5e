package org.griddesk.desktop.ui.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Text against its background, 4.5:1 at least (3:1 for large text: 24 px, or 18.66 px bold), read two ways: from
 * the colours the laid-out window really paints (every shown text of the unlock screen, 住户, the 代办 form, 同步 and
 * 设置, normal and 长辈版), and from every text colour griddesk.css declares, resolved through the theme's palette,
 * against the background the same rule declares (the page background when it declares none).
 */
@ExtendWith(ApplicationExtension.class)
class StylesheetContrastTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");

    @TempDir
    Path dataDir;
    private Stage stage;
    private DisplayWindow app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeStore() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyShownTextStandsOutFromWhatIsPaintedBehindIt(FxRobot robot) throws Exception {
        DisplayWindow.fixture(dataDir);
        app = new DisplayWindow(robot);
        app.open(stage, dataDir);
        app.waitFor("#unlockButton");
        List<String> failures = new ArrayList<>();
        double[] worst = {Double.MAX_VALUE};
        String[] worstText = {""};
        Runnable measure = () -> {
            failures.addAll(ScreenAudit.contrastFailures(app.window().scene()));
            for (Text text : ScreenAudit.texts(app.root())) {
                double ratio = ScreenAudit.contrast(text, app.window().scene());
                if (ratio < worst[0]) {
                    worst[0] = ratio;
                    worstText[0] = ScreenAudit.describe(text);
                }
            }
        };
        robot.interact(measure);
        app.unlock();
        app.visitWorkspaces(measure);
        app.fire("#largeModeSwitch");
        app.visitWorkspaces(measure);
        System.out.printf(Locale.ROOT, "worst contrast on screen: %.2f:1 (%s)%n", worst[0], worstText[0]);
        assertEquals(List.of(), failures, "texts under their contrast ratio");
        assertTrue(worst[0] < Double.MAX_VALUE, "texts were measured");
    }

    @Test
    void everyTextColourOfTheStylesheetStandsOutFromItsBackground() throws Exception {
        String theme = new PrimerLight().getUserAgentStylesheet();
        URL themeUrl = theme.startsWith("/") ? PrimerLight.class.getResource(theme) : new URL(theme);
        Map<String, String> palette = palette(read(themeUrl));
        String css = read(StylesheetContrastTest.class.getResource("/org/griddesk/desktop/ui/griddesk.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            Map<String, String> declared = declarations(rule.group(2));
            String fill = declared.get("-fx-text-fill");
            if (fill == null) {
                continue;
            }
            Color text = resolve(fill, palette);
            Color background = resolve(declared.getOrDefault("-fx-background-color", "-color-bg-default"), palette);
            double ratio = ScreenAudit.ratio(text, background);
            double needed = isLargeRule(declared) ? 3.0 : 4.5;
            pairs++;
            if (ratio < needed) {
                failures.add(String.format(Locale.ROOT, "%s: %.2f:1 < %.1f:1", rule.group(1).trim(), ratio, needed));
            }
        }
        assertTrue(pairs >= 10, "the stylesheet's text colours were found: " + pairs);
        assertEquals(List.of(), failures, "griddesk.css text colours under their contrast ratio");
    }

    /** Large only when the rule itself says so in px; em sizes depend on the mode, so they count as body text. */
    private static boolean isLargeRule(Map<String, String> declared) {
        String size = declared.getOrDefault("-fx-font-size", "");
        if (!size.endsWith("px")) {
            return false;
        }
        double px = Double.parseDouble(size.replace("px", "").trim());
        boolean bold = declared.getOrDefault("-fx-font-weight", "").contains("bold");
        return px >= ScreenAudit.LARGE_TEXT_PX || (bold && px >= ScreenAudit.LARGE_BOLD_TEXT_PX);
    }

    private static Color resolve(String value, Map<String, String> palette) {
        String v = value.trim().split(",")[0].trim();
        for (int depth = 0; v.startsWith("-") && depth < 10; depth++) {
            String next = palette.get(v);
            if (next == null) {
                throw new AssertionError("unknown colour " + v);
            }
            v = next.trim();
        }
        return Color.web(v);
    }

    /** The looked-up colours of the theme's root rule ({@code -color-fg-default: #24292f;} and so on). */
    private static Map<String, String> palette(String themeCss) {
        Map<String, String> palette = new HashMap<>();
        Matcher declaration = DECLARATION.matcher(themeCss);
        while (declaration.find()) {
            if (declaration.group(1).startsWith("-color-")) {
                palette.putIfAbsent(declaration.group(1), declaration.group(2));
            }
        }
        return palette;
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> declared = new HashMap<>();
        Matcher declaration = DECLARATION.matcher(body);
        while (declaration.find()) {
            declared.put(declaration.group(1), declaration.group(2).trim());
        }
        return declared;
    }

    private static String read(URL url) throws Exception {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
