package org.rspnavigator.webapp.rfp;

import org.rspnavigator.webapp.rfp.view.RfpProjectView;

import org.rspnavigator.webapp.shell.NotFoundView;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.ClinicalService;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

/** The RFP wizard without a browser: what it refuses, what it proposes, and whose projects it opens. */
@SpringBootTest
@Import(TestAccounts.class)
// When ViewAccessTest reused this cached context after ViewsTest had started its own, its navigation
// saw an anonymous user; closing this context after the class keeps the browserless tests independent.
@DirtiesContext
public class RfpViewsTest extends SpringBrowserlessTest {

    @Autowired
    RfpProjectService projects;

    @Autowired
    UserDetailsService users;

    @Autowired
    Catalog catalog;

    private AccountPrincipal account(String username) {
        return (AccountPrincipal) users.loadUserByUsername(username);
    }

    @SuppressWarnings("unchecked")
    private void fillScope(String name, String useCase, String... systemTypes) {
        test($(TextField.class).id("project-name")).setValue(name);
        CheckboxGroup<UseCase> useCases = $(CheckboxGroup.class).id("project-use-cases");
        useCases.setValue(Set.of(catalog.useCase(useCase).orElseThrow()));
        ComboBox<SystemType> addSystem = $(ComboBox.class).id("add-system");
        for (String type : systemTypes) {
            addSystem.setValue(catalog.systemType(type).orElseThrow());
        }
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    void withoutASystemNothingIsProposedAndThePlannerIsToldWhy() {
        UI.getCurrent().navigate("rfp/new");
        String name = "No systems " + System.nanoTime();
        fillScope(name, "device-to-department");
        test($(Button.class).id("propose")).click();
        assertThat(getCurrentView()).isInstanceOf(RfpProjectView.class);
        assertThat($(Paragraph.class).id("rfp-status").getText()).containsIgnoringCase("system");
        assertThat(projects.list(account(TestAccounts.PLANNER))).extracting(RfpProject::getName).doesNotContain(name);
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    void aPacsAndImageDisplaysGetTheirRequirementsProposedAndSaved() {
        UI.getCurrent().navigate("rfp/new");
        String name = "<b>PACS</b> " + System.nanoTime();
        fillScope(name, "device-to-department", "pacs", "image-display");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("rsp-system-row").all()).hasSize(2);
        test($(Button.class).id("propose")).click();

        RfpProject saved = projects.list(account(TestAccounts.PLANNER)).stream()
                .filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getRevision()).isEqualTo(1);
        assertThat(getCurrentView()).isInstanceOf(RfpProjectView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(name);
        assertThat($(Paragraph.class).id("requirements-summary").getText()).startsWith("52 requirements (");
        List<String> reasons = $(com.vaadin.flow.component.html.NativeDetails.class).withClassName("rsp-why").all()
                .stream().map(d -> d.getContent().getElement().getTextRecursively()).toList();
        assertThat(reasons).isNotEmpty().allMatch(t -> t.contains("Evidence asked: "))
                .anyMatch(t -> t.contains("Role: Storage SCP"));
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    @SuppressWarnings("unchecked")
    void theClinicalScopeLeavesOutWhatBelongsToOtherServicesAndAnyCanBeAddedBack() {
        UI.getCurrent().navigate("rfp/new");
        String name = "General radiology PACS " + System.nanoTime();
        fillScope(name, "device-to-department", "pacs");
        MultiSelectComboBox<ClinicalService> services = $(MultiSelectComboBox.class).id("project-services");
        assertThat(services.getListDataView().getItems()).extracting(ClinicalService::id).contains("general-radiology",
                "breast-imaging", "cardiology", "nuclear-medicine");
        services.setValue(Set.of(catalog.clinicalService("general-radiology").orElseThrow()));
        test($(Button.class).id("propose")).click();

        RfpProject saved = projects.list(account(TestAccounts.PLANNER)).stream()
                .filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
        RfpDraft draft = projects.draft(saved);
        assertThat(draft.spec().clinicalServices()).containsExactly("general-radiology");
        assertThat($(Paragraph.class).id("requirements-summary").getText()).startsWith("17 requirements (");
        assertThat($(Paragraph.class).id("scope-summary").getText()).startsWith("Clinical services in scope: General "
                + "radiology. 8 items that belong only to other services are left out");
        assertThat($(Paragraph.class).withClassName("rsp-left-out").all()).hasSize(8);

        int mammo = 0;
        while (!(draft.leftOut().get(mammo).subject() instanceof RequirementSubject.ProfileActor p
                && p.profile().equals("mammo"))) {
            mammo++;
        }
        test($(Button.class).id("add-back-pacs-" + mammo)).click();
        assertThat($(Paragraph.class).id("requirements-summary").getText()).startsWith("18 requirements (");
        assertThat($(Paragraph.class).withClassName("rsp-left-out").all()).hasSize(7);
        assertThat($(Span.class).all()).anyMatch(sp -> sp.getText().equals("The proposed PACS SHALL implement IHE MAMMO "
                + "(Mammography Image) as Image Manager/Image Archive."));
    }

    @Test
    @WithUserDetails(TestAccounts.OTHER_PLANNER)
    void aProjectOfAnotherOrganizationIsNotFound() {
        RfpProject theirs = projects.create(account(TestAccounts.PLANNER), new RfpSpec("Not yours", "",
                Optional.of(Region.EUROPE), List.of("device-to-department"), List.of(new ProcuredSystem("pacs", 1, ""))));
        UI.getCurrent().navigate("rfp/" + theirs.getId());
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        UI.getCurrent().navigate("rfp/not-a-number");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    @SuppressWarnings("unchecked")
    void savingKeepsTheSectionOpenAndLeavingAsksWithStayAsTheDefault() {
        RfpProject project = projects.create(account(TestAccounts.PLANNER), new RfpSpec("Keep my place "
                + System.nanoTime(), "", Optional.of(Region.EUROPE), List.of("device-to-department"),
                List.of(new ProcuredSystem("pacs", 1, ""))));
        UI.getCurrent().navigate("rfp/" + project.getId(),
                com.vaadin.flow.router.QueryParameters.of("tab", "requirements"));
        assertThat($(com.vaadin.flow.component.html.NativeButton.class).id("rfp-tabs-1-tab").getElement()
                .getAttribute("aria-selected")).isEqualTo("true");

        // Change a level, then save: the Requirements section stays open.
        test($(Button.class).withAttribute("aria-label", "Edit PACS-01").single()).click();
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.rspnavigator.procurement.rfp.RequirementLevel> level =
                $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("edit-level");
        level.setValue(org.rspnavigator.procurement.rfp.RequirementLevel.SHOULD);
        test($(Button.class).id("apply-requirement")).click();
        test($(Button.class).id("save-project")).click();
        assertThat($(com.vaadin.flow.component.html.NativeButton.class).id("rfp-tabs-1-tab").getElement()
                .getAttribute("aria-selected")).as("still on Requirements after saving").isEqualTo("true");
        assertThat($(Span.class).id("save-state").getText()).startsWith("All changes saved (revision 2)");

        // With unsaved edits, leaving asks; the default (confirm, Enter) answer is to stay.
        test($(Button.class).withAttribute("aria-label", "Edit PACS-01").single()).click();
        level = $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("edit-level");
        level.setValue(org.rspnavigator.procurement.rfp.RequirementLevel.SHALL);
        test($(Button.class).id("apply-requirement")).click();
        UI.getCurrent().navigate("rfp");
        com.vaadin.flow.component.confirmdialog.ConfirmDialog leave =
                $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).id("leave-dialog");
        assertThat(leave.isOpened()).isTrue();
        assertThat(leave.getElement().getProperty("confirmText")).isEqualTo("Stay");
        assertThat(leave.getElement().getProperty("rejectText")).isEqualTo("Leave and discard them");
        assertThat(getCurrentView()).isInstanceOf(RfpProjectView.class);
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    @SuppressWarnings("unchecked")
    void aShallFromThePortfolioIsLoweredOrWithdrawnOnlyWithAReasonAndNothingTypedIsLost() {
        RfpProject project = projects.create(account(TestAccounts.PLANNER), new RfpSpec("Comply or explain "
                + System.nanoTime(), "", Optional.of(Region.EUROPE), List.of("device-to-department"),
                List.of(new ProcuredSystem("pacs", 1, ""))));
        UI.getCurrent().navigate("rfp/" + project.getId(),
                com.vaadin.flow.router.QueryParameters.of("tab", "requirements"));
        test($(Button.class).withAttribute("aria-label", "Edit PACS-16").single()).click();
        TextField reason = $(TextField.class).id("edit-reason");
        var level = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<RequirementLevel>)
                $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("edit-level");
        assertThat(reason.getHelperText()).startsWith("PACS-16 was proposed from the portfolio at SHALL.")
                .contains("ISO 21860 clause 5.1");
        assertThat(reason.isRequiredIndicatorVisible()).isFalse();

        // Lowered without a reason: refused at the reason field, the dialog open with the level chosen.
        level.setValue(RequirementLevel.SHOULD);
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        test($(Button.class).id("apply-requirement")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Requirement PACS-16 comes from the portfolio at SHALL: give "
                + "a reason to lower it to SHOULD.");
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).id("edit-requirement").isOpened()).isTrue();
        assertThat(level.getValue()).isEqualTo(RequirementLevel.SHOULD);
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class).id("edit-text").getValue())
                .contains("SHOULD");
        var row = $(com.vaadin.flow.component.html.NativeTableRow.class).withAttribute("data-number", "PACS-16");
        assertThat(row.single().getElement().getTextRecursively()).contains("The proposed PACS SHALL implement");

        // Withdrawn without a reason: refused the same way.
        test($(Button.class).id("withdraw-requirement")).click();
        assertThat(reason.getErrorMessage()).contains("give a reason to withdraw it");
        assertThat($(com.vaadin.flow.component.html.Div.class).withId("withdrawn-pacs").exists()).isFalse();

        // With the reason, the level changes and the reason is printed with it.
        test(reason).setValue("Two sites keep their archive until 2028.");
        assertThat(reason.isInvalid()).isFalse();
        test($(Button.class).id("apply-requirement")).click();
        assertThat(row.single().getElement().getTextRecursively()).contains("The proposed PACS SHOULD implement")
                .contains("Lowered by the buyer from SHALL, the level proposed, to SHOULD: Two sites keep their "
                        + "archive until 2028.");
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    void theOrganizationsExceptionsAreListedFromTheProjectsList() {
        AccountPrincipal planner = account(TestAccounts.PLANNER);
        String name = "Exceptions report " + System.nanoTime();
        RfpProject project = projects.create(planner, new RfpSpec(name, "", Optional.of(Region.EUROPE),
                List.of("device-to-department"), List.of(new ProcuredSystem("pacs", 1, ""))));
        projects.save(planner, project.getId(), project.getVersion(), projects.draft(project)
                .withLevel("PACS-16", RequirementLevel.MAY, "Two sites keep their archive until 2028."));

        UI.getCurrent().navigate("rfp");
        assertThat($(com.vaadin.flow.router.RouterLink.class).id("rfp-exceptions").getHref()).isEqualTo("rfp/exceptions");
        UI.getCurrent().navigate("rfp/exceptions");
        assertThat(getCurrentView()).isInstanceOf(org.rspnavigator.webapp.rfp.view.PortfolioExceptionsView.class);
        String shown = $(com.vaadin.flow.component.html.NativeTable.class).id("portfolio-exceptions").getElement()
                .getTextRecursively();
        assertThat(shown).contains(name).contains("PACS-16").contains("SHALL: IHE SWF.b — Image Manager/Image Archive")
                .contains("Lowered to MAY").contains("Two sites keep their archive until 2028.")
                .contains(TestAccounts.PLANNER);
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("download-exceptions-csv").getElement()
                .getAttribute("download")).isEqualTo("st-example-hospital-exceptions-to-the-portfolio.csv");
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    @SuppressWarnings("unchecked")
    void aRequirementIsEditedBeyondItsLevelAndTheReasonsShowWhereTheyArePrinted() {
        RfpProject project = projects.create(account(TestAccounts.PLANNER), new RfpSpec("Edit one "
                + System.nanoTime(), "", Optional.of(Region.EUROPE), List.of("device-to-department"),
                List.of(new ProcuredSystem("pacs", 1, ""))));
        org.rspnavigator.procurement.rfp.Requirement swf = projects.draft(project).requirements().stream()
                .filter(r -> r.number().equals("PACS-16")).findFirst().orElseThrow();
        List<String> options = ((org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor) swf.subject())
                .options();
        UI.getCurrent().navigate("rfp/" + project.getId(),
                com.vaadin.flow.router.QueryParameters.of("tab", "requirements"));

        // Drop the first option and lower the level, saying why: the wording follows, the reason is shown.
        test($(Button.class).withAttribute("aria-label", "Edit PACS-16").single()).click();
        CheckboxGroup<String> offered = $(CheckboxGroup.class).id("edit-options");
        assertThat(offered.getValue()).containsExactlyInAnyOrderElementsOf(options);
        Set<String> fewer = new java.util.LinkedHashSet<>(options.subList(1, options.size()));
        offered.setValue(fewer);
        $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).id("edit-level")
                .setValue(org.rspnavigator.procurement.rfp.RequirementLevel.SHOULD);
        com.vaadin.flow.component.textfield.TextArea wording =
                $(com.vaadin.flow.component.textfield.TextArea.class).id("edit-text");
        assertThat(wording.getValue()).contains("SHOULD").doesNotContain("“" + options.getFirst() + "”");
        test($(TextField.class).id("edit-reason")).setValue("The modalities are replaced next year.");
        test($(Button.class).id("apply-requirement")).click();

        var row = $(com.vaadin.flow.component.html.NativeTableRow.class).withAttribute("data-number", "PACS-16")
                .single();
        String shown = row.getElement().getTextRecursively();
        assertThat(shown).contains("SHOULD").doesNotContain("“" + options.getFirst() + "”")
                .contains("Lowered by the buyer from SHALL, the level proposed, to SHOULD: "
                        + "The modalities are replaced next year.");

        // Wording that states another level is refused in the dialog, and nothing changes.
        test($(Button.class).withAttribute("aria-label", "Edit PACS-16").single()).click();
        wording = $(com.vaadin.flow.component.textfield.TextArea.class).id("edit-text");
        test(wording).setValue("The proposed PACS SHALL archive images.");
        test($(Button.class).id("apply-requirement")).click();
        assertThat(wording.isInvalid()).isTrue();
        assertThat(wording.getErrorMessage()).isEqualTo("The wording of PACS-16 says SHALL but its level is SHOULD: "
                + "change one of them.");

        // Withdrawn with a reason: listed with it, under its number.
        test($(TextField.class).id("edit-reason")).setValue("Bought with the archive.");
        test($(Button.class).id("withdraw-requirement")).click();
        assertThat($(com.vaadin.flow.component.html.Div.class).id("withdrawn-pacs").getElement().getTextRecursively())
                .contains("PACS-16 (withdrawn)").contains("Reason: Bought with the archive.");
    }

    @Test
    @WithUserDetails(TestAccounts.PLANNER)
    void eachSectionHasItsAddressSoAReloadOrALinkOpensIt() {
        RfpProject project = projects.create(account(TestAccounts.PLANNER), new RfpSpec("Sections " + System.nanoTime(),
                "", Optional.of(Region.EUROPE), List.of("device-to-department"),
                List.of(new ProcuredSystem("pacs", 1, ""))));
        org.rspnavigator.webapp.testing.AddressBar.open("rfp/" + project.getId() + "?tab=bidders");
        assertThat($(com.vaadin.flow.component.html.NativeButton.class).id("rfp-tabs-4-tab").getElement()
                .getAttribute("aria-selected")).isEqualTo("true");

        org.rspnavigator.webapp.testing.AddressBar.clear();
        test($(com.vaadin.flow.component.html.NativeButton.class).id("rfp-tabs-3-tab")).click();
        assertThat(org.rspnavigator.webapp.testing.AddressBar.lastWritten())
                .isEqualTo("rfp/" + project.getId() + "?tab=documents");
        test($(com.vaadin.flow.component.html.NativeButton.class).id("rfp-tabs-0-tab")).click();
        assertThat(org.rspnavigator.webapp.testing.AddressBar.lastWritten()).isEqualTo("rfp/" + project.getId());

        // An address naming no section opens the first.
        org.rspnavigator.webapp.testing.AddressBar.open("rfp/" + project.getId() + "?tab=nonsense");
        assertThat($(com.vaadin.flow.component.html.NativeButton.class).id("rfp-tabs-0-tab").getElement()
                .getAttribute("aria-selected")).isEqualTo("true");
    }
}
