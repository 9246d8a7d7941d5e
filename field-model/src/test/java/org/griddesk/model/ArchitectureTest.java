package org.griddesk.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** field-model is the vocabulary both applications share: it must stay free of UI, database and applications. */
class ArchitectureTest {

    private final JavaClasses model = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.griddesk.model");

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..").check(model);
    }

    @Test
    void noJdbc() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..").check(model);
    }

    @Test
    void noApplicationsAndNoSyncEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "org.griddesk.desktop..", "org.griddesk.platform..", "org.griddesk.sync..").check(model);
    }

    @Test
    void noConsoleOutput() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err").check(model);
    }
}
