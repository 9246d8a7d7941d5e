package org.griddesk.desktop.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The UI habits of STYLE.md as rules that fail the build. */
class UiArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // -Ddesktop.build.dir=/tmp/x puts tests outside target/, where DO_NOT_INCLUDE_TESTS does not look
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages("org.griddesk.desktop.ui");

    // A string literal handed straight to something the worker reads.
    private static final Pattern HARD_CODED_TEXT = Pattern.compile(
            "(setText|setPromptText|setTitle|setHeaderText|setContentText|new Label|new Button|new Tooltip"
                    + "|new RadioButton|new ToggleButton|new CheckBox)\\(\\s*\"[^\"]+\"");

    @Test
    void viewModelsKnowNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(UI);
    }

    @Test
    void viewsTalkToViewModelsNotToServices() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().resideInAPackage("org.griddesk.desktop.service..")
                .allowEmptyShould(true)
                .check(UI);
    }

    @Test
    void theUiNeverReachesIntoTheStoreOrTheCommandLine() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.griddesk.desktop.store..", "org.griddesk.desktop.cli..",
                        "org.griddesk.desktop.app..")
                .check(UI);
    }

    @Test
    void nothingPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(UI);
    }

    @Test
    void noUserVisibleTextIsHardCoded() throws IOException {
        Path sources = Path.of("src/main/java/org/griddesk/desktop/ui");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources)) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(UiArchitectureTest::hardCodedTexts)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static Stream<String> hardCodedTexts(Path file) {
        try {
            Matcher matcher = HARD_CODED_TEXT.matcher(Files.readString(file));
            return matcher.results().map(match -> file.getFileName() + ": " + match.group());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
