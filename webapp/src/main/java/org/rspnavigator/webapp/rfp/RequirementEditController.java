package org.rspnavigator.webapp.rfp;

import java.util.List;

import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.web.ApiTerms;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One requirement of a saved RFP project changed over HTTP, as the editor's Edit dialog changes
 * it: its level, its actor's options, its wording and the reason (each saved as a new revision),
 * or its withdrawal with a reason. A client that sends the whole draft instead sets the same
 * through {@code proposedLevel} and {@code changeReason}.
 */
@RestController
@Tag(name = "RFP projects")
@RequestMapping(RfpController.RFP + "/projects/{id}/requirements/{number}")
class RequirementEditController {

    private final RfpProjectService projects;
    private final RequirementProposer proposer;

    RequirementEditController(RfpProjectService projects, RequirementProposer proposer) {
        this.projects = projects;
        this.proposer = proposer;
    }

    /**
     * What a client changes of one requirement; {@code version} is the project's as read. A field
     * left out stays as it is: {@code level}, {@code options} (of a profile actor), {@code text}
     * (the wording; left out, it is made anew for the level and options), {@code reason}.
     */
    record EditJson(Long version, String level, List<String> options, String text, String reason) {
    }

    @PatchMapping
    RfpController.ProjectJson amend(@PathVariable long id, @PathVariable String number, @RequestBody EditJson edit) {
        if (edit.version() == null) {
            throw new IllegalArgumentException("Send the 'version' you read, so that a colleague's change is not overwritten.");
        }
        AccountPrincipal user = CurrentUser.require();
        RfpProject project = projects.get(user, id);
        RfpDraft draft = projects.draft(project);
        var current = draft.requirements().stream().filter(r -> r.number().equals(number)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no requirement " + number
                        + " in force in this project" + (draft.withdrawn().stream().anyMatch(r -> r.number().equals(number))
                                ? "; it was withdrawn." : ".")));
        RequirementLevel level = edit.level() == null ? current.level()
                : ApiTerms.read(RequirementLevel.class, edit.level()).orElseThrow(() -> new IllegalArgumentException(
                        "'level' must be one of " + ApiTerms.choices(RequirementLevel.class) + "."));
        RfpDraft changed = draft.amended(number, new RfpDraft.Edit(level, edit.options(), edit.text(), edit.reason()),
                proposer);
        RfpProject saved = projects.save(user, id, edit.version(), changed);
        return new RfpController.ProjectJson(RfpController.ProjectSummary.of(saved), RfpJson.of(projects.draft(saved)));
    }

    /** Withdraws the requirement; its number is kept and never given again, and the reason is printed with it. */
    @DeleteMapping
    RfpController.ProjectJson withdraw(@PathVariable long id, @PathVariable String number, @RequestParam long version,
            @RequestParam(required = false) String reason) {
        AccountPrincipal user = CurrentUser.require();
        RfpDraft draft = projects.draft(projects.get(user, id));
        RfpProject saved = projects.save(user, id, version, draft.withdraw(number, reason == null ? "" : reason));
        return new RfpController.ProjectJson(RfpController.ProjectSummary.of(saved), RfpJson.of(projects.draft(saved)));
    }
}
