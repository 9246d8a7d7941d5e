package org.griddesk.sync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * sync-engine stays a generic library: no UI, no JDBC, no domain model, no applications.
 * The rules are methods, not {@code ArchRule} fields: Surefire 3.5.3 silently skips field rules
 * (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "org.griddesk.sync", importOptions = ImportOption.DoNotIncludeTests.class)
class SyncEngineArchitectureTest {

    @ArchTest
    static void noJavaFx(JavaClasses classes) {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(classes);
    }

    @ArchTest
    static void noJdbc(JavaClasses classes) {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.apache.derby..", "org.postgresql..")
                .check(classes);
    }

    @ArchTest
    static void noModelOrApplications(JavaClasses classes) {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.griddesk.model..", "org.griddesk.desktop..", "org.griddesk.platform..")
                .check(classes);
    }

    @ArchTest
    static void noStandardStreams(JavaClasses classes) {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
    }

    @ArchTest
    static void mergeClockAndRecordStayPure(JavaClasses classes) {
        noClasses().that()
                .resideInAnyPackage("org.griddesk.sync.merge..", "org.griddesk.sync.clock..", "org.griddesk.sync.record..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "com.fasterxml..",
                        "org.griddesk.sync.session..", "org.griddesk.sync.client..", "org.griddesk.sync.server..",
                        "org.griddesk.sync.store..", "org.griddesk.sync.wire..")
                .check(classes);
    }
}
