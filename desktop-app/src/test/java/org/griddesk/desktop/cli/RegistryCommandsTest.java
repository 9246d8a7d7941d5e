package org.griddesk.desktop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.griddesk.desktop.app.demo.DemoMode;
import org.griddesk.desktop.service.EncryptedDeviceSession;
import org.griddesk.desktop.service.EncryptedVault;
import org.griddesk.desktop.service.registry.Registries;
import org.griddesk.desktop.service.registry.RegistryService;
import org.griddesk.desktop.service.registry.imports.ImportFiles;
import org.griddesk.desktop.service.registry.imports.ImportTable;
import org.griddesk.desktop.store.StoreOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** check, import and export run in-process against files and an encrypted store in a temporary folder. */
class RegistryCommandsTest {

    private static final String PASSPHRASE = "导入-名单-2026-口令";
    private static final String GRID = "500101001001";
    private static final String HEADER = "姓名,公民身份号码,性别,出生日期,民族,与户主关系,联系电话,户号,住址,区划代码";
    private static final String ZHANG = "张三,500101199003071236,男,1990-03-07,汉族,户主,13812345678,H1,东方广场1号," + GRID;
    private static final String LI = "李四,500101199205102248,女,1992-05-10,汉族,配偶,,H1,东方广场1号," + GRID;
    private static final String BAD_CHECKSUM = "王五,500101198501013450,男,1985-01-01,汉族,户主,,H2,河边村3号," + GRID;

    @TempDir
    Path folder;

    private final Map<String, String> environment = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private EncryptedVault vault(Path dir) {
        return new EncryptedVault(dir, StoreOptions.defaults().withIterations(1_000), Duration.ofHours(1));
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Function<Path, EncryptedVault> vaults = this::vault;
        CommandLine commandLine = new CommandLine(new GridDeskCommand(environment, this::vault,
                DemoMode.standard(vaults), options -> { throw new AssertionError("no GUI for " + options); }));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private Path csv(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private Path store() throws Exception {
        Path data = folder.resolve("data");
        vault(data).create(PASSPHRASE.toCharArray()).close();
        environment.put("GRIDDESK_PASSPHRASE", PASSPHRASE);
        return data;
    }

    @Test
    void checkOfACleanFileExitsZero() throws Exception {
        assertEquals(0, run("check", "--grid", GRID, csv("clean.csv", HEADER, ZHANG, LI).toString()), err::toString);
        assertEquals("2 valid rows, 0 invalid rows", out.toString().strip());
    }

    @Test
    void checkPrintsEachProblemWithRowAndColumnAndExitsOne() throws Exception {
        assertEquals(1, run("check", "--grid", GRID, csv("bad.csv", HEADER, ZHANG, LI, BAD_CHECKSUM).toString()));
        List<String> lines = out.toString().strip().lines().toList();
        assertEquals("row 4, column 公民身份号码: id_checksum 身份证号校验位不对，请逐位核对", lines.get(0));
        assertEquals("2 valid rows, 1 invalid rows", lines.get(1));
    }

    @Test
    void checkWithoutAGridChecksEverythingElseAndSaysOnceThatImportNeedsOne() throws Exception {
        assertEquals(0, run("check", csv("nogrid.csv", HEADER, ZHANG, LI).toString()), out::toString);
        List<String> lines = out.toString().strip().lines().toList();
        assertEquals(List.of("2 valid rows, 0 invalid rows",
                "note: 2 rows have no 网格 (grid); import needs --grid CODE or a 网格 column for them"), lines);

        assertEquals(1, run("check", csv("bad.csv", HEADER, ZHANG, LI, BAD_CHECKSUM).toString()));
        lines = out.toString().strip().lines().toList();
        assertEquals("row 4, column 公民身份号码: id_checksum 身份证号校验位不对，请逐位核对", lines.get(0));
        assertEquals("2 valid rows, 1 invalid rows", lines.get(1));
        assertEquals(1, lines.stream().filter(line -> line.contains("--grid")).count());
        assertTrue(lines.stream().noneMatch(line -> line.contains("required")), out::toString);
    }

    @Test
    void importWithoutAGridStillRefusesRowsWithoutOne() throws Exception {
        Path data = store();
        assertEquals(1, run("import", "--data", data.toString(), csv("nogrid.csv", HEADER, ZHANG).toString()));
        assertTrue(out.toString().startsWith("row 2, column 网格: required"), out::toString);
    }

    @Test
    void checkOfAMissingOrUnreadableFileExitsTwoWithAClearMessage() throws Exception {
        assertEquals(2, run("check", folder.resolve("missing.csv").toString()));
        assertTrue(err.toString().contains("no such file"), err::toString);

        Path broken = folder.resolve("broken.xlsx");
        Files.writeString(broken, "this is not a workbook");
        assertEquals(2, run("check", broken.toString()));
        assertTrue(err.toString().startsWith("cannot read " + broken), err::toString);

        Path text = folder.resolve("list.txt");
        Files.writeString(text, HEADER);
        assertEquals(2, run("check", text.toString()));
        assertTrue(err.toString().contains("expected .csv or .xlsx"), err::toString);
    }

    @Test
    void importWritesValidRowsAndAReImportCreatesNoDuplicates() throws Exception {
        Path data = store();
        Path list = csv("list.csv", HEADER, ZHANG, LI, BAD_CHECKSUM);

        assertEquals(1, run("import", "--data", data.toString(), "--grid", GRID, list.toString()), err::toString);
        assertTrue(out.toString().contains("row 4, column 公民身份号码: id_checksum"), out::toString);
        assertTrue(out.toString().strip().endsWith("imported 2, skipped 0, invalid 1"), out::toString);

        assertEquals(1, run("import", "--data", data.toString(), "--grid", GRID, list.toString()), err::toString);
        assertTrue(out.toString().strip().endsWith("imported 0, skipped 2, invalid 1"), out::toString);

        try (EncryptedDeviceSession session = vault(data).unlock(PASSPHRASE.toCharArray())) {
            RegistryService registry = Registries.open(session, "test");
            assertEquals(2, registry.residents().size());
            assertEquals(1, registry.households().size());
            assertEquals(1, registry.search().search("zs").size());
            assertFalse(session.records().outbox().isEmpty(), "imported records wait in the outbox for sync");
        }
    }

    @Test
    void importWithoutThePassphraseSaysSo() throws Exception {
        Path data = store();
        environment.remove("GRIDDESK_PASSPHRASE");
        assertEquals(3, run("import", "--data", data.toString(), csv("l.csv", HEADER, ZHANG).toString()));
        assertTrue(err.toString().contains("GRIDDESK_PASSPHRASE is not set"), err::toString);
    }

    @Test
    void exportWritesMaskedNumbersUnlessFullNumbersAreAskedFor() throws Exception {
        Path data = store();
        run("import", "--data", data.toString(), "--grid", GRID, csv("list.csv", HEADER, ZHANG, LI).toString());

        Path masked = folder.resolve("masked.xlsx");
        assertEquals(0, run("export", "--data", data.toString(), masked.toString()), err::toString);
        assertTrue(out.toString().startsWith("exported 2 residents"), out::toString);
        ImportTable maskedTable = ImportFiles.read(masked);
        assertEquals(2, maskedTable.rows().size());
        String maskedText = maskedTable.rows().toString();
        assertFalse(maskedText.contains("500101199003071236"), "numbers are masked by default");
        assertTrue(maskedText.contains("5001**********1236"), maskedText);

        Path full = folder.resolve("full.csv");
        assertEquals(0, run("export", "--data", data.toString(), "--full-numbers", full.toString()), err::toString);
        assertTrue(Files.readString(full).contains("500101199003071236"));
        assertEquals(0, run("check", full.toString()), out::toString);
    }
}
