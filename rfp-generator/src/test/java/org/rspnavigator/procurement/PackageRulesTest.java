package org.rspnavigator.procurement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The rules of the module's packages (docs/architecture.md), checked on the compiled classes. */
class PackageRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rspnavigator.procurement", "org.rspnavigator.documents");

    @Test
    void theProcurementDomainKnowsNoDocumentFormat() {
        noClasses().that().resideInAPackage("org.rspnavigator.procurement..")
                .should().dependOnClassesThat().resideInAPackage("org.rspnavigator.documents..")
                .check(CLASSES);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.rspnavigator.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
