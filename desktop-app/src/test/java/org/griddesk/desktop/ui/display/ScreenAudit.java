package org.griddesk.desktop.ui.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Reads a laid-out scene as a person sees it: the real sizes of controls, the real font of every text, and the
 * colour of each text against what is painted behind it (the nearest backgrounds, composed over the scene's fill).
 * Only what is shown and enabled counts (WCAG exempts inactive controls); each finding is one line of text.
 */
final class ScreenAudit {

    /** WCAG large text: 18 pt (24 px), or 14 pt (18.66 px) bold. */
    static final double LARGE_TEXT_PX = 24;
    static final double LARGE_BOLD_TEXT_PX = 18.66;

    private ScreenAudit() {
    }

    /** The controls a person touches: buttons, switches, fields, choices, and the rows of lists. */
    static List<String> controlsSmallerThan(Parent root, double minPx) {
        List<String> small = new ArrayList<>();
        for (Node node : shown(root, ScreenAudit::isTouchTarget)) {
            Bounds bounds = node.getLayoutBounds();
            boolean cell = node instanceof ListCell<?>;
            if (bounds.getHeight() + 0.5 < minPx || (!cell && bounds.getWidth() + 0.5 < minPx)) {
                small.add(describe(node) + String.format(Locale.ROOT, " %.1fx%.1f", bounds.getWidth(),
                        bounds.getHeight()));
            }
        }
        return small;
    }

    /** The smallest control height and width, and the smallest text, shown (for the record, not for asserting). */
    static String smallest(Parent root) {
        double height = Double.MAX_VALUE;
        double width = Double.MAX_VALUE;
        for (Node node : touchTargets(root)) {
            height = Math.min(height, node.getLayoutBounds().getHeight());
            if (!(node instanceof ListCell<?>)) {
                width = Math.min(width, node.getLayoutBounds().getWidth());
            }
        }
        double font = texts(root).stream().mapToDouble(t -> t.getFont().getSize()).min().orElse(0);
        return String.format(Locale.ROOT, "smallest control %.1f high, %.1f wide; smallest text %.1fpx", height, width,
                font);
    }

    static List<Node> touchTargets(Parent root) {
        return shown(root, ScreenAudit::isTouchTarget);
    }

    /** Every shown text (labels, fields, list rows) whose font is smaller than {@code minPx}. */
    static List<String> textsSmallerThan(Parent root, double minPx) {
        List<String> small = new ArrayList<>();
        for (Node node : shown(root, ScreenAudit::isReadText)) {
            Text text = (Text) node;
            if (text.getFont().getSize() + 0.01 < minPx) {
                small.add(describe(text) + String.format(Locale.ROOT, " %.2fpx", text.getFont().getSize()));
            }
        }
        return small;
    }

    static List<Text> texts(Parent root) {
        return shown(root, ScreenAudit::isReadText).stream().map(Text.class::cast).toList();
    }

    /** Shown labels whose lines are closer than 1.3 times their font (JavaFX adds line spacing to the font's own). */
    static List<String> lineSpacingUnder(Parent root, double factor) {
        List<String> tight = new ArrayList<>();
        for (Node node : shown(root, n -> n instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty())) {
            Labeled labeled = (Labeled) node;
            double font = labeled.getFont().getSize();
            // a single line of this font, then how far apart two lines stand
            Text probe = new Text("网格\n网格");
            probe.setFont(labeled.getFont());
            probe.setLineSpacing(labeled.getLineSpacing());
            double lineHeight = probe.getLayoutBounds().getHeight() / 2;
            if (lineHeight + 0.01 < factor * font) {
                tight.add(describe(labeled) + String.format(Locale.ROOT, " line %.1fpx for font %.1fpx",
                        lineHeight, font));
            }
        }
        return tight;
    }

    /** One line per shown text whose contrast with its background is under 4.5:1 (3:1 for large text). */
    static List<String> contrastFailures(Scene scene) {
        List<String> failures = new ArrayList<>();
        for (Text text : texts((Parent) scene.getRoot())) {
            double ratio = contrast(text, scene);
            double needed = isLarge(text) ? 3.0 : 4.5;
            if (ratio < needed) {
                failures.add(describe(text) + String.format(Locale.ROOT, " %.2f:1 < %.1f:1 (%s on %s)", ratio,
                        needed, color(text.getFill()), background(text, scene)));
            }
        }
        return failures;
    }

    static double contrast(Text text, Scene scene) {
        Color fill = color(text.getFill());
        Color behind = background(text, scene);
        return ratio(over(fill, behind), behind);
    }

    static boolean isLarge(Text text) {
        double size = text.getFont().getSize();
        boolean bold = FontWeight.findByName(text.getFont().getStyle().split(" ")[0]) == FontWeight.BOLD
                || text.getFont().getStyle().toLowerCase(Locale.ROOT).contains("bold");
        return size >= LARGE_TEXT_PX || (bold && size >= LARGE_BOLD_TEXT_PX);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** The backgrounds of the text's ancestors painted one over the other, top of the tree first. */
    static Color background(Node node, Scene scene) {
        List<Region> regions = new ArrayList<>();
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof Region region) {
                regions.add(0, region);
            }
        }
        Color painted = scene.getFill() instanceof Color c && c.getOpacity() > 0 ? c : Color.WHITE;
        for (Region region : regions) {
            Background background = region.getBackground();
            if (background == null) {
                continue;
            }
            for (BackgroundFill fill : background.getFills()) {
                painted = over(color(fill.getFill()), painted);
            }
        }
        return painted;
    }

    private static Color over(Color top, Color under) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + under.getRed() * (1 - a), top.getGreen() * a + under.getGreen() * (1 - a),
                top.getBlue() * a + under.getBlue() * (1 - a));
    }

    private static Color color(Paint paint) {
        if (paint instanceof Color c) {
            return c;
        }
        if (paint instanceof LinearGradient gradient) {
            return gradient.getStops().get(0).getColor();
        }
        if (paint instanceof RadialGradient gradient) {
            return gradient.getStops().get(0).getColor();
        }
        return Color.TRANSPARENT;
    }

    private static boolean isTouchTarget(Node node) {
        if (node instanceof ListCell<?> cell) {
            return !cell.isEmpty() && cell.getItem() != null && !insideComboBox(cell);
        }
        return (node instanceof Button || node instanceof ToggleButton || node instanceof CheckBox
                || node instanceof RadioButton || node instanceof ComboBox<?>
                || (node instanceof TextField && !insideComboBox(node) && !(node.getParent() instanceof Control)))
                && !((Control) node).isDisabled();
    }

    private static boolean isReadText(Node node) {
        return node instanceof Text text && !(node instanceof FontIcon) && text.getText() != null
                && !text.getText().isBlank() && !text.isDisabled();
    }

    private static boolean insideComboBox(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ComboBox<?>) {
                return true;
            }
        }
        return false;
    }

    /** Shown: visible with every ancestor, laid out with a size, and not scrolled wholly out of its pane. */
    static List<Node> shown(Parent root, Predicate<Node> wanted) {
        List<Node> found = new ArrayList<>();
        collect(root, wanted, found);
        return found;
    }

    private static void collect(Node node, Predicate<Node> wanted, List<Node> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (wanted.test(node)) {
            found.add(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, wanted, found);
            }
        }
    }

    static String describe(Node node) {
        StringBuilder name = new StringBuilder(node.getClass().getSimpleName());
        Node named = node;
        while (named != null && named.getId() == null) {
            named = named.getParent();
        }
        if (named != null) {
            name.append(named == node ? "#" : " in #").append(named.getId());
        }
        String text = node instanceof Labeled labeled ? labeled.getText()
                : node instanceof Text t ? t.getText() : node instanceof TextField f ? f.getText() : null;
        if (text != null && !text.isEmpty()) {
            name.append(" '").append(text.length() > 24 ? text.substring(0, 24) + "…" : text).append('\'');
        }
        return name.toString();
    }

    /** Labels whose text is shortened with an ellipsis (cut off), and controls lying outside the window. */
    static List<String> cutOff(Scene scene) {
        List<String> cut = new ArrayList<>();
        Parent root = (Parent) scene.getRoot();
        for (Node node : shown(root, n -> n instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                && !(n instanceof ListCell<?>))) {
            Labeled labeled = (Labeled) node;
            Node shownText = labeled.lookup(".text");
            String full = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_", "") : labeled.getText();
            // a label too narrow for its text shows it shortened with the ellipsis string
            if (shownText instanceof Text text && !text.getText().equals(full)
                    && !text.getText().equals(labeled.getText())) {
                cut.add(describe(labeled) + " shows '" + text.getText() + "'");
            }
        }
        for (Node node : touchTargets(root)) {
            if (insideScrollPane(node)) {
                continue;
            }
            Bounds inScene = node.localToScene(node.getLayoutBounds());
            if (inScene.getMaxX() > scene.getWidth() + 0.5 || inScene.getMaxY() > scene.getHeight() + 0.5) {
                cut.add(describe(node) + String.format(Locale.ROOT, " ends at %.0f,%.0f outside %.0fx%.0f",
                        inScene.getMaxX(), inScene.getMaxY(), scene.getWidth(), scene.getHeight()));
            }
        }
        return cut;
    }

    /** Lists squeezed under one row of large text: what they hold can no longer be read. */
    static List<String> listsShorterThan(Parent root, double minPx) {
        List<String> squeezed = new ArrayList<>();
        // "list-view" is the id a ComboBox gives the list of its drop-down, laid out only when it opens
        for (Node node : shown(root, n -> n instanceof javafx.scene.control.ListView<?> && !"list-view".equals(n.getId()))) {
            double height = node.getLayoutBounds().getHeight();
            if (height + 0.5 < minPx) {
                squeezed.add(describe(node) + String.format(Locale.ROOT, " only %.1fpx high", height));
            }
        }
        return squeezed;
    }

    private static boolean insideScrollPane(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane || at instanceof javafx.scene.control.ListView<?>
                    || at instanceof javafx.scene.control.TableView<?>) {
                return true;
            }
        }
        return false;
    }
}
