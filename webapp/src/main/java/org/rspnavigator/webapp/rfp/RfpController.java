package org.rspnavigator.webapp.rfp;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.rspnavigator.webapp.platform.NotFoundException;
import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.web.Attachments;

import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The RFP builder over HTTP (planners, HTTP Basic): requirements proposed from a spec, and the
 * organization's saved RFP projects with their revisions, and the documents of either.
 */
@RestController
@Tag(name = "RFP projects")
@RequestMapping(RfpController.RFP)
class RfpController {

    static final String RFP = Api.V1 + "/rfp";

    private final RfpProjectService projects;
    private final RfpDocumentService documents;

    RfpController(RfpProjectService projects, RfpDocumentService documents) {
        this.projects = projects;
        this.documents = documents;
    }

    /** A spec in, the proposed draft out (requirements numbered, nothing saved). */
    @PostMapping("/proposals")
    RfpJson.Draft propose(@RequestBody RfpJson.Spec spec) {
        requirePlanner();
        return RfpJson.of(projects.propose(RfpJson.spec(spec)));
    }

    /** A project as listed: no content. */
    record ProjectSummary(long id, String name, int revision, long version, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt, String href) {
        static ProjectSummary of(RfpProject p) {
            return new ProjectSummary(p.getId(), p.getName(), p.getRevision(), p.getVersion(), p.getCreatedBy(),
                    p.getCreatedAt(), p.getUpdatedBy(), p.getUpdatedAt(), RFP + "/projects/" + p.getId());
        }
    }

    /** A project with its draft; {@code version} must come back unchanged on an update. */
    record ProjectJson(ProjectSummary project, RfpJson.Draft draft) {
    }

    /** What a client sends to create or save a project: a whole draft, or only a spec to propose from. */
    record ProjectInput(Long version, RfpJson.Spec spec, RfpJson.Draft draft) {
    }

    record RevisionJson(int revision, String savedBy, Instant savedAt, String href) {
    }

    @GetMapping("/projects")
    List<ProjectSummary> list() {
        return projects.list(CurrentUser.require()).stream().map(ProjectSummary::of).toList();
    }

    @GetMapping("/projects/{id}")
    ProjectJson get(@PathVariable long id) {
        RfpProject p = projects.get(CurrentUser.require(), id);
        return new ProjectJson(ProjectSummary.of(p), RfpJson.of(projects.draft(p)));
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED) // the answer is a ResponseEntity.created; this tells the API document
    ResponseEntity<ProjectJson> create(@RequestBody ProjectInput input) {
        AccountPrincipal user = CurrentUser.require();
        RfpProject p;
        if (input.draft() != null && input.draft().requirements() != null) {
            p = projects.create(user, RfpJson.draft(input.draft()));
        } else if (input.spec() != null || input.draft() != null) {
            p = projects.create(user, RfpJson.spec(input.spec() != null ? input.spec() : input.draft().spec()));
        } else {
            throw new IllegalArgumentException("Send a 'spec' to have requirements proposed, or a whole 'draft'.");
        }
        return ResponseEntity.created(URI.create(RFP + "/projects/" + p.getId()))
                .body(new ProjectJson(ProjectSummary.of(p), RfpJson.of(projects.draft(p))));
    }

    /**
     * Saves a new revision. A whole {@code draft} is saved as sent; a {@code spec} alone re-proposes
     * the requirements, keeping the numbers, levels and withdrawals the project had.
     */
    @PutMapping("/projects/{id}")
    ProjectJson save(@PathVariable long id, @RequestBody ProjectInput input) {
        if (input.version() == null) {
            throw new IllegalArgumentException("Send the 'version' you read, so that a colleague's change is not overwritten.");
        }
        AccountPrincipal user = CurrentUser.require();
        RfpProject p;
        if (input.draft() != null) {
            p = projects.save(user, id, input.version(), RfpJson.draft(input.draft()));
        } else if (input.spec() != null) {
            p = projects.save(user, id, input.version(), RfpJson.spec(input.spec()));
        } else {
            throw new IllegalArgumentException("Send the project's 'draft', or a new 'spec' to re-propose from.");
        }
        return new ProjectJson(ProjectSummary.of(p), RfpJson.of(projects.draft(p)));
    }

    @PostMapping("/projects/{id}/copies")
    @ResponseStatus(HttpStatus.CREATED) // the answer is a ResponseEntity.created; this tells the API document
    ResponseEntity<ProjectJson> duplicate(@PathVariable long id) {
        RfpProject p = projects.duplicate(CurrentUser.require(), id);
        return ResponseEntity.created(URI.create(RFP + "/projects/" + p.getId()))
                .body(new ProjectJson(ProjectSummary.of(p), RfpJson.of(projects.draft(p))));
    }

    @DeleteMapping("/projects/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam long version) {
        projects.delete(CurrentUser.require(), id, version);
    }

    @GetMapping("/projects/{id}/revisions")
    List<RevisionJson> revisions(@PathVariable long id) {
        List<RfpProjectRevision> list = projects.revisions(CurrentUser.require(), id);
        return list.stream().map(r -> new RevisionJson(r.getRevision(), r.getSavedBy(), r.getSavedAt(),
                RFP + "/projects/" + id + "/revisions/" + r.getRevision())).toList();
    }

    @GetMapping("/projects/{id}/revisions/{revision}")
    RfpJson.Draft revision(@PathVariable long id, @PathVariable int revision) {
        return RfpJson.of(projects.revision(CurrentUser.require(), id, revision));
    }

    /**
     * A document of a saved project: of its current revision, or of {@code revision}. The file name
     * is the project's name, the document and the revision.
     */
    @GetMapping("/projects/{id}/documents/{file}")
    ResponseEntity<byte[]> projectDocument(@PathVariable long id, @PathVariable String file,
            @RequestParam(required = false) Integer revision) {
        RfpFormat format = format(file);
        return Attachments.of(documents.download(format, projects.document(CurrentUser.require(), id, revision)));
    }

    /**
     * Every document of a saved project in one ZIP, with a README.txt listing them: of its current
     * revision, or of {@code revision}. Each document is made on the document queue as if asked
     * for alone, so the ZIP is refused as busy or stopped at a budget as they are.
     */
    @GetMapping("/projects/{id}/documents.zip")
    ResponseEntity<byte[]> projectDocuments(@PathVariable long id, @RequestParam(required = false) Integer revision) {
        return Attachments.of(documents.downloadAll(projects.document(CurrentUser.require(), id, revision)));
    }

    /**
     * A document made from a draft sent in the request, nothing saved. Without
     * {@code requirements}, they are proposed from the spec first.
     */
    @PostMapping("/documents/{file}")
    ResponseEntity<byte[]> draftDocument(@PathVariable String file, @RequestBody RfpJson.Draft input) {
        requirePlanner();
        RfpFormat format = format(file);
        if (input == null) {
            throw new IllegalArgumentException("Send a draft with at least a 'spec'.");
        }
        return Attachments.of(documents.download(format,
                projects.document(CurrentUser.require(), RfpJson.draft(input), input.requirements() == null)));
    }

    private static RfpFormat format(String file) {
        return RfpFormat.ofApiName(file).orElseThrow(() -> new NotFoundException("No document '" + file
                + "'; the documents are " + RfpFormat.apiNames() + "."));
    }

    /** Refuses anyone but a planner (or administrator): a 403, before any body is read or checked. */
    static void requirePlanner() {
        if (!RfpProjectService.mayPlan(CurrentUser.require())) {
            throw new org.rspnavigator.webapp.platform.NotPermittedException("Only planners work on RFP projects.");
        }
    }
}
