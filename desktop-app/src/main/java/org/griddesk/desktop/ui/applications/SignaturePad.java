package org.griddesk.desktop.ui.applications;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * A white pad the resident signs on with a mouse, a pen or a finger (touch screens deliver synthesised mouse
 * events, pens deliver mouse events too). The ink is kept as a PNG of the pad.
 */
public final class SignaturePad extends StackPane {

    private final Canvas canvas;
    private final ReadOnlyBooleanWrapper inked = new ReadOnlyBooleanWrapper();

    public SignaturePad(double width, double height) {
        canvas = new Canvas(width, height);
        getChildren().add(canvas);
        getStyleClass().add("signature-pad");
        setMaxSize(width + 4, height + 4);
        clear();
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            GraphicsContext ink = canvas.getGraphicsContext2D();
            ink.beginPath();
            ink.moveTo(event.getX(), event.getY());
            ink.stroke();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            GraphicsContext ink = canvas.getGraphicsContext2D();
            ink.lineTo(event.getX(), event.getY());
            ink.stroke();
            inked.set(true);
        });
    }

    public Canvas canvas() {
        return canvas;
    }

    public ReadOnlyBooleanProperty inkedProperty() {
        return inked.getReadOnlyProperty();
    }

    public void clear() {
        GraphicsContext ink = canvas.getGraphicsContext2D();
        ink.setFill(Color.WHITE);
        ink.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        ink.setStroke(Color.BLACK);
        ink.setLineWidth(3);
        ink.setLineCap(StrokeLineCap.ROUND);
        inked.set(false);
    }

    /** The pad as a PNG; on the FX thread. */
    public byte[] png() {
        WritableImage image = canvas.snapshot(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
