package org.griddesk.map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MapArchitectureTest {

    private static JavaClasses library;

    @BeforeAll
    static void importLibrary() {
        library = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.griddesk.map");
    }

    @Test
    void onlyTheFxPackageUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.griddesk.map.fx..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(library);
    }

    @Test
    void theLibraryKnowsNothingOfTheApplicationsOrOtherModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.griddesk.desktop..", "org.griddesk.platform..", "org.griddesk.model..", "org.griddesk.sync..")
                .check(library);
    }

    @Test
    void nobodyPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(library);
    }

    @Test
    void drawingStateStaysFreeOfTheUi() {
        noClasses().that().resideInAnyPackage("org.griddesk.map.view..", "org.griddesk.map.index..",
                        "org.griddesk.map.style..", "org.griddesk.map.layer..", "org.griddesk.map.crs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.griddesk.map.fx..")
                .check(library);
    }
}
