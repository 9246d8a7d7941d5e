package org.griddesk.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The platform's layers point down only: cli/api -> service -> store, with app wiring them.
 * Plain Jupiter tests calling {@code check}, so the rules run under the same engine as every other test.
 */
class LayeringArchitectureTest {
    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.griddesk.platform");

    private static final ArchRule layersPointDown = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("org.griddesk.platform.app..")
            .layer("Cli").definedBy("org.griddesk.platform.cli..")
            .layer("Api").definedBy("org.griddesk.platform.api..")
            .layer("Service").definedBy("org.griddesk.platform.service..")
            .layer("Store").definedBy("org.griddesk.platform.store..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Api").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Cli", "Api")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Service");

    private static final ArchRule serviceKnowsNoWebOrCommandLine = noClasses()
            .that().resideInAPackage("org.griddesk.platform.service..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "picocli..",
                    "jakarta.servlet..");

    private static final ArchRule storeKnowsNoWebOrCommandLine = noClasses()
            .that().resideInAPackage("org.griddesk.platform.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "picocli..",
                    "jakarta.servlet..");

    private static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("org.griddesk.platform.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output goes through loggers; only the command line talks to the console");

    private static final ArchRule nothingUsesTheZonkyLauncher = noClasses()
            .should().dependOnClassesThat().resideInAPackage("io.zonky.test.db..")
            .because("zonky cannot drop root privileges; EmbeddedPostgresServer replaces it");

    @Test
    void layersPointDown() {
        layersPointDown.check(PLATFORM);
    }

    @Test
    void serviceKnowsNoWebOrCommandLine() {
        serviceKnowsNoWebOrCommandLine.check(PLATFORM);
    }

    @Test
    void storeKnowsNoWebOrCommandLine() {
        storeKnowsNoWebOrCommandLine.check(PLATFORM);
    }

    @Test
    void onlyTheCommandLinePrints() {
        onlyTheCommandLinePrints.check(PLATFORM);
    }

    @Test
    void nothingUsesTheZonkyLauncher() {
        nothingUsesTheZonkyLauncher.check(PLATFORM);
    }

    /** SQL lives in the store, where transactions and the county's scope are kept. */
    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideInAPackage("org.griddesk.platform.service..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(PLATFORM);
    }

    /** Every package is its own slice, so a circle between service and service.sync is seen, not hidden in one. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.griddesk.platform.(**)").should().beFreeOfCycles().check(PLATFORM);
    }
}
