package org.rspnavigator.webapp;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;

/**
 * The rules of the house (docs/architecture.md), checked on the compiled classes of every module
 * so that the next package cycle or misplaced dependency fails the build instead of creeping in.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"..webapp.catalog..", "..webapp.search..", "..webapp.shortlists..",
        "..webapp.rfp..", "..webapp.products..", "..webapp.accounts..", "..webapp.transfer..", "..webapp.audit..",
        "..webapp.shell.."};

    private static final String[] LIBRARIES = {"org.rspnavigator.model..", "org.rspnavigator.search..",
        "org.rspnavigator.documents..", "org.rspnavigator.procurement..", "org.rspnavigator.markup..",
        "org.rspnavigator.diagrams.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.rspnavigator");
    }

    /**
     * Opening another feature's view by its class is how Vaadin navigates (the catalog offers "save
     * as shortlist", a shortlist links back to its standards); such links are the only dependencies
     * allowed to run both ways between features.
     */
    private static final DescribedPredicate<JavaClass> VIEW = describe("a view (a class with @Route)",
            ArchitectureTest::isView);

    private static boolean isView(JavaClass c) {
        JavaClass top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.isAnnotatedWith(Route.class);
    }

    @Test
    void featuresOfTheWebApplicationFormNoCycle() {
        check(slices().matching("org.rspnavigator.webapp.(*)..").should().beFreeOfCycles()
                .ignoreDependency(VIEW, VIEW));
    }

    @Test
    void noPackageOfAnyModuleIsInACycle() {
        check(slices().matching("org.rspnavigator.(**)").should().beFreeOfCycles().ignoreDependency(VIEW, VIEW));
    }

    @Test
    void theSharedFloorsKnowNoFeature() {
        check(noClasses().that().resideInAnyPackage("..webapp.platform..", "..webapp.widgets..",
                "..webapp.operations..").should().dependOnClassesThat().resideInAnyPackage(FEATURES));
    }

    @Test
    void springAndVaadinLiveInTheWebApplicationOnly() {
        check(noClasses().that().resideInAnyPackage(LIBRARIES).should().dependOnClassesThat().resideInAnyPackage(
                "org.springframework..", "com.vaadin..", "jakarta.persistence..", "jakarta.servlet..",
                "io.micrometer..", "org.rspnavigator.webapp.."));
    }

    @Test
    void librariesPointDownOnly() {
        check(noClasses().that().resideInAPackage("org.rspnavigator.model..").should().dependOnClassesThat()
                .resideInAnyPackage("org.rspnavigator.search..", "org.rspnavigator.documents..",
                        "org.rspnavigator.procurement..", "org.rspnavigator.diagrams.."));
    }

    @Test
    void servicesRepositoriesAndEntitiesKnowNothingOfVaadin() {
        check(noClasses().that().resideInAPackage("org.rspnavigator.webapp..")
                .and().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .or().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.."));
    }

    @Test
    void viewsAndControllersNeverTouchARepository() {
        check(noClasses().that().areAnnotatedWith(Route.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat()
                .areAssignableTo(org.springframework.data.repository.Repository.class));
    }

    @Test
    void viewsLeavePersistenceErrorsToTheServices() {
        check(noClasses().that().areAnnotatedWith(Route.class).should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework.orm..", "org.springframework.dao..", "org.hibernate.."));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
