package org.griddesk.platform.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused with one clear line and a usage exit code, before any database starts. */
class PlatformCommandLineTest {
    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Reaching the database would mean the input was not checked first. */
    private final PlatformOperations noDatabase = new PlatformOperations() {
        @Override
        public RunningPlatform serve(ServeRequest request) {
            throw new AssertionError("serve must not start on bad input");
        }

        @Override
        public AdminSession openAdmin(DatabaseTarget database, String county) {
            throw new AssertionError("the database must not be opened on bad input");
        }
    };

    private int run(String... args) {
        return PlatformCommandLine.create(noDatabase, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
    }

    private Path passwordFile(String content) throws Exception {
        Path file = folder.resolve("pw.txt");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void unknownRoleIsAUsageError() throws Exception {
        int code = run("user", "add", "--username", "li", "--role", "chief", "--grids", "500101001001",
                "--password-file", passwordFile("secret-password\n").toString(), "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertEquals("error: Unknown role 'chief'; expected one of worker, supervisor, admin", err.toString().strip());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void missingPasswordFileIsAUsageError() {
        Path missing = folder.resolve("no-such-file");
        int code = run("user", "add", "--username", "li", "--role", "worker", "--grids", "500101001001",
                "--password-file", missing.toString(), "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertEquals("error: Password file " + missing + " does not exist", err.toString().strip());
    }

    @Test
    void emptyPasswordFileIsAUsageError() throws Exception {
        int code = run("user", "add", "--username", "li", "--role", "worker", "--grids", "500101001001",
                "--password-file", passwordFile("\n").toString(), "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertTrue(err.toString().contains("is empty"), err.toString());
    }

    @Test
    void changingGridsChecksTheCodesBeforeOpeningTheDatabase() {
        int code = run("user", "grids", "--username", "li", "--grids", "500101001001,12345", "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertEquals(1, err.toString().strip().lines().count());
        assertTrue(err.toString().contains("12345"), err.toString());
    }

    @Test
    void reviewRulesCheckTheTypeAndFieldsBeforeOpeningTheDatabase() {
        assertEquals(PlatformCommandLine.EXIT_USAGE, run("review", "rules", "--type", "application", "--fields",
                "status", "--data", folder.toString()));
        assertTrue(err.toString().contains("--type"), err.toString());
        assertEquals(PlatformCommandLine.EXIT_USAGE, run("review", "rules", "--type", "resident", "--fields",
                "name,id number", "--data", folder.toString()));
        assertTrue(err.toString().contains("'id number'"), err.toString());
    }

    @Test
    void gridCodeMustHaveTwelveDigits() throws Exception {
        int code = run("user", "add", "--username", "li", "--role", "worker", "--grids", "500101001001,50010100100X",
                "--password-file", passwordFile("secret-password").toString(), "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertEquals("error: Grid code '50010100100X' is not 12 digits", err.toString().strip());
    }

    @Test
    void gridsOfAnotherCountyAreRefused() throws Exception {
        int code = run("user", "add", "--username", "li", "--role", "worker", "--grids", "500101001001,500102001001",
                "--password-file", passwordFile("secret-password").toString(), "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertTrue(err.toString().contains("500102001001 does not belong to county 500101"), err.toString());
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        int code = run("user", "add", "--username", "li");

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertTrue(err.toString().startsWith("error: Missing required options"), err.toString());
    }

    @Test
    void groupWithoutSubcommandIsAUsageError() {
        assertEquals(PlatformCommandLine.EXIT_USAGE, run("user"));
        assertTrue(err.toString().contains("Missing subcommand"), err.toString());
    }

    @Test
    void passwordNeverAppearsInAnyMessage() throws Exception {
        run("user", "add", "--username", "li", "--role", "chief", "--password-file",
                passwordFile("hunter2-secret").toString());

        assertFalse(err.toString().contains("hunter2-secret"));
        assertFalse(out.toString().contains("hunter2-secret"));
    }

    @Test
    void dbUserWithoutUrlIsAUsageError() {
        int code = run("serve", "--db-user", "griddesk", "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertEquals("error: --db-user and --db-password-file need --db-url", err.toString().strip());
    }

    @Test
    void malformedTemplateIsRefusedNamingSheetRowAndColumnBeforeAnyDatabaseStarts() {
        Path bad = org.griddesk.platform.app.TemplateFiles.simpleForm(folder.resolve("bad.xlsx"), "bad", "1",
                "geopoint", "Where");
        int code = run("template", "publish", "--file", bad.toString(), "--data", folder.toString());

        assertEquals(PlatformCommandLine.EXIT_USAGE, code);
        assertEquals("error: bad.xlsx: survey sheet, row 3, column type: GridDesk does not convert the question type "
                + "'geopoint'", err.toString().strip());
    }

    @Test
    void templatePublishNeedsAFileOrBuiltin() {
        assertEquals(PlatformCommandLine.EXIT_USAGE, run("template", "publish", "--data", folder.toString()));
        assertTrue(err.toString().contains("--file F.xlsx|F.xml or --builtin"), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        assertTrue(help.contains("serve") && help.contains("user") && help.contains("grid")
                && help.contains("template"), help);
    }
}
