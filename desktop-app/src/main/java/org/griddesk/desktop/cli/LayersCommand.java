package org.griddesk.desktop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.griddesk.map.MapDataException;
import org.griddesk.map.layer.LayerInventory;

/**
 * {@code layers FILE}: one line per layer of a map file (name, kind, count, CRS, WGS84 bounding box, tab
 * separated). Exit 0, or 2 with the reason when the file cannot be used.
 */
final class LayersCommand {

    static final int UNREADABLE = 2;

    int run(Path file, PrintWriter out, PrintWriter err) {
        if (!Files.isRegularFile(file)) {
            err.println("cannot read " + file + ": no such file");
            return UNREADABLE;
        }
        List<String> lines;
        try {
            lines = LayerInventory.lines(file);
        } catch (MapDataException refused) {
            err.println("cannot read " + file + ": " + refused.getMessage());
            return UNREADABLE;
        }
        lines.forEach(out::println);
        return 0;
    }
}
