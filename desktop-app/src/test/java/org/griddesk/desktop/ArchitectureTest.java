package org.griddesk.desktop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The layering of the desktop app: ui -> service -> store, with app, cli and Main wiring them together. */
class ArchitectureTest {

    private static final String ROOT = "org.griddesk.desktop";
    private static final String UI = "org.griddesk.desktop.ui..";
    private static final String APP = "org.griddesk.desktop.app..";
    private static final String CLI = "org.griddesk.desktop.cli..";
    private static final String SERVICE = "org.griddesk.desktop.service..";
    private static final String STORE = "org.griddesk.desktop.store..";
    private static final String JAVAFX = "javafx..";

    private static final JavaClasses DESKTOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // -Ddesktop.build.dir=/tmp/x puts tests outside target/, where DO_NOT_INCLUDE_TESTS does not look
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages(ROOT);

    @Test
    void storeKnowsNothingAboveIt() {
        noClasses().that().resideInAPackage(STORE)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, UI, APP, CLI, ROOT, JAVAFX)
                .check(DESKTOP);
    }

    @Test
    void servicesKnowNoScreenAndNoWiring() {
        noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAnyPackage(UI, APP, CLI, ROOT, JAVAFX)
                .check(DESKTOP);
    }

    /** SQL lives in the store; a service or a screen that opens a statement bypasses its locks and its errors. */
    @Test
    void onlyTheStoreSpeaksSql() {
        noClasses().that().resideInAnyPackage(SERVICE, UI)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(DESKTOP);
    }

    @Test
    void screensGoThroughServices() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, APP, CLI, ROOT)
                .check(DESKTOP);
    }

    @Test
    void wiringDoesNotReachIntoTheScreens() {
        noClasses().that().resideInAnyPackage(APP, CLI)
                .should().dependOnClassesThat().resideInAnyPackage(UI, ROOT, JAVAFX)
                .check(DESKTOP);
    }

    @Test
    void appDoesNotDependOnTheCommandLine() {
        noClasses().that().resideInAPackage(APP)
                .should().dependOnClassesThat().resideInAPackage(CLI)
                .check(DESKTOP);
    }

    @Test
    void onlyTheCommandLinePrints() {
        noClasses().that().resideOutsideOfPackage(CLI)
                .should(ACCESS_STANDARD_STREAMS)
                .check(DESKTOP);
    }

    /**
     * The screens get what they need of an unlocked store from the composition root ({@code app.DeviceWiring}, handed
     * over as {@code DeviceServices}); a screen that looked inside the encrypted session would wire itself again.
     */
    @Test
    void screensNeverSeeTheEncryptedSession() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".service.EncryptedDeviceSession")
                .check(DESKTOP);
    }

    /**
     * A session is wired for its kind by {@code DeviceSession.wire}, and code that needs the encrypted store is handed
     * one typed so; asking a session whether it is encrypted would scatter the wiring again.
     */
    @Test
    void nobodyAsksWhetherASessionIsEncrypted() {
        classes().should(new ArchCondition<JavaClass>("not check instanceof EncryptedDeviceSession") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    for (InstanceofCheck check : unit.getInstanceofChecks()) {
                        if (check.getRawType().getName().equals(ROOT + ".service.EncryptedDeviceSession")) {
                            events.add(SimpleConditionEvent.violated(item, unit.getFullName()
                                    + " checks instanceof EncryptedDeviceSession " + check.getSourceCodeLocation()));
                        }
                    }
                }
            }
        }).check(DESKTOP);
    }

    /** Every package is its own slice: grouped by top-level package, service and service.sync looked like one. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.griddesk.desktop.(**)").should().beFreeOfCycles().check(DESKTOP);
    }
}
