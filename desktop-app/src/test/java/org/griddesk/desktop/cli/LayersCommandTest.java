package org.griddesk.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;

import org.griddesk.desktop.app.demo.DemoMode;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.store.StoreOptions;
import org.griddesk.map.demo.DemoVillageGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code griddesk layers FILE} through the real command line, on the demo GeoPackage and on damaged files. */
class LayersCommandTest {

    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Function<Path, EncryptedVault> vaults =
                dir -> new EncryptedVault(dir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
        Function<Path, EncryptedVault> plain = vaults::apply;
        CommandLine commandLine = new CommandLine(new GridDeskCommand(new HashMap<>(), vaults::apply,
                DemoMode.standard(plain), options -> { }));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void theDemoVillageListsOneLinePerLayer() {
        Path village = folder.resolve("demo-village.gpkg");
        DemoVillageGenerator.writeGeoPackage(village);

        assertEquals(0, run("layers", village.toString()), err.toString());

        List<String> lines = out.toString().lines().toList();
        assertEquals(List.of("village_boundary", "grid_cells", "river", "roads", "buildings"),
                lines.stream().map(line -> line.split("\t")[0]).toList());
        String buildings = lines.get(4);
        String[] columns = buildings.split("\t");
        assertEquals(5, columns.length, buildings);
        assertEquals("features", columns[1]);
        assertEquals(String.valueOf(DemoVillageGenerator.HOUSE_COUNT), columns[2]);
        assertEquals("EPSG:4490", columns[3]);
        String[] box = columns[4].split(",");
        assertEquals(4, box.length);
        double west = Double.parseDouble(box[0]);
        double south = Double.parseDouble(box[1]);
        assertTrue(west > 108 && west < 109 && south > 30 && south < 31, columns[4]);
        assertEquals("", err.toString());
    }

    @Test
    void aCorruptGeoPackageFailsWithAClearMessage() throws IOException {
        Path broken = folder.resolve("broken.gpkg");
        Files.write(broken, "this is not a sqlite database at all".repeat(50).getBytes());

        assertEquals(LayersCommand.UNREADABLE, run("layers", broken.toString()));

        assertEquals("", out.toString());
        assertTrue(err.toString().startsWith("cannot read " + broken + ": "), err.toString());
        assertTrue(err.toString().contains("corrupt_file") || err.toString().contains("unreadable"), err.toString());
    }

    @Test
    void anUnsupportedOrMissingFileIsRefused() throws IOException {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "网格员笔记");

        assertEquals(LayersCommand.UNREADABLE, run("layers", text.toString()));
        assertTrue(err.toString().contains("unsupported_format"), err.toString());

        assertEquals(LayersCommand.UNREADABLE, run("layers", folder.resolve("missing.gpkg").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }
}
