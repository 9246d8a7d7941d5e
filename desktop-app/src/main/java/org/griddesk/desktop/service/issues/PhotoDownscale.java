package org.griddesk.desktop.service.issues;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Makes a photo small enough for a 2G link before it leaves the laptop: a long side of at most 1,600 px, JPEG at a
 * quality that keeps a typical phone photo at a few hundred KB. A picture already that small (within the long side and
 * {@link #SMALL_ENOUGH_BYTES}) is sent as it is: re-encoding it would only lose quality.
 */
public final class PhotoDownscale {

    public static final int LONG_SIDE = 1600;
    /** A picture within the long side and under this many bytes is not re-encoded. */
    static final int SMALL_ENOUGH_BYTES = 400 * 1024;
    private static final float QUALITY = 0.8f;

    private PhotoDownscale() {
    }

    /** The bytes to send for this picture (PNG or JPEG); unreadable pictures raise an IOException. */
    public static byte[] forSending(byte[] original) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(original));
        if (image == null) {
            throw new IOException("not a picture this computer can read");
        }
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= LONG_SIDE && original.length <= SMALL_ENOUGH_BYTES) {
            return original;
        }
        double scale = Math.min(1.0, (double) LONG_SIDE / longSide);
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        return jpeg(resized(image, width, height));
    }

    private static BufferedImage resized(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE); // transparent parts of a PNG become white, not black
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG writer in this Java runtime");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
