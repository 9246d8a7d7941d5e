package org.griddesk.desktop.ui.applications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.griddesk.desktop.ui.i18n.Localization;

/**
 * Any XForm as one scrolling page: groups as headings, repeats with add and remove, each question with the control
 * its type needs. Nodes are kept per place in the form, so typing keeps its focus while relevance shows and hides
 * questions around it.
 */
final class FormView {

    private final FormViewModel viewModel;
    private final Localization localization;
    private final QuestionNode.QuestionControls controls;
    private final RegistryCorrection correction;
    private final VBox questions = new VBox(14);
    private final ScrollPane root = new ScrollPane(questions);
    private final Map<String, Object> nodes = new HashMap<>();

    /** Offers to write a corrected prefilled answer back to the registry. */
    interface RegistryCorrection {
        void offer(ShownItem question);
    }

    FormView(FormViewModel viewModel, Localization localization, RegistryCorrection correction) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.correction = correction;
        this.controls = new QuestionNode.QuestionControls(localization, new ImagePicker(localization));
        questions.setId("applicationForm");
        questions.setPadding(new Insets(16));
        questions.getStyleClass().add("application-form");
        root.setId("applicationFormScroll");
        root.setFitToWidth(true);
        viewModel.items().addListener((ListChangeListener<ShownItem>) change -> render());
        viewModel.messages().addListener((MapChangeListener<String, org.griddesk.desktop.ui.i18n.Message>) change -> render());
        render();
    }

    Region root() {
        return root;
    }

    private void render() {
        List<Node> shown = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (ShownItem item : viewModel.items()) {
            keys.add(item.key());
            shown.add(nodeOf(item, ids));
        }
        nodes.keySet().retainAll(keys);
        // putting the same nodes back would take the focus from the field being typed in
        if (!questions.getChildren().equals(shown)) {
            questions.getChildren().setAll(shown);
        }
    }

    private Node nodeOf(ShownItem item, Set<String> ids) {
        if (item.type() == ShownItem.Type.QUESTION) {
            ShownItem question = item;
            Object existing = nodes.get(question.key());
            QuestionNode node = existing instanceof QuestionNode q && sameShape(q, question) ? q : null;
            if (node == null) {
                node = new QuestionNode(question, uniqueId(question.path(), ids), viewModel, localization, controls);
                node.root().getProperties().put("kind", question.input());
                node.root().getProperties().put("choices", question.choices());
                nodes.put(question.key(), node);
            } else {
                ids.add(node.id());
            }
            node.update(question, viewModel.messages().get(question.key()), () -> correction.offer(question));
            return node.root();
        }
        String shape = item.type() + "|" + item.label() + "|" + item.number() + "|" + item.depth();
        if (nodes.get(item.key()) instanceof Heading kept && kept.shape().equals(shape)) {
            return kept.node();
        }
        Node heading = heading(item);
        nodes.put(item.key(), new Heading(shape, heading));
        return heading;
    }

    /** A heading kept while its text and place stay the same. */
    private record Heading(String shape, Node node) {
    }

    private static boolean sameShape(QuestionNode node, ShownItem question) {
        return node.root().getProperties().get("kind") == question.input()
                && question.choices().equals(node.root().getProperties().get("choices"));
    }

    private Node heading(ShownItem item) {
        Insets indent = new Insets(8, 0, 0, item.depth() * 18.0);
        if (item.type() == ShownItem.Type.GROUP) {
            Label label = new Label(item.label());
            label.getStyleClass().add("form-group-title");
            label.setPadding(indent);
            return label;
        }
        if (item.type() == ShownItem.Type.ENTRY) {
            ShownItem entry = item;
            Label label = new Label(localization.lang("applications.form.entry", entry.label(), entry.number()));
            label.getStyleClass().add("form-group-title");
            Button remove = new Button(localization.lang("applications.form.removeEntry"));
            remove.setId("removeEntry-" + entry.number());
            remove.setOnAction(event -> viewModel.removeRepeat(entry.key()));
            HBox box = new HBox(12, label, remove);
            box.setPadding(indent);
            return box;
        }
        ShownItem add = item;
        Button button = new Button(localization.lang("applications.form.addEntry", add.label()));
        button.setId("addEntry" + add.key().replaceAll("[^A-Za-z0-9]+", "-"));
        button.getStyleClass().add("add-entry");
        button.setOnAction(event -> viewModel.addRepeat(add.key()));
        HBox box = new HBox(button);
        box.setPadding(indent);
        return box;
    }

    private static String uniqueId(String path, Set<String> ids) {
        String base = path.replaceAll("[^A-Za-z0-9]+", "-");
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
