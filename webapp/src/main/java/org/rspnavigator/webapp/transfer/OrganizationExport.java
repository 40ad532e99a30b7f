package org.rspnavigator.webapp.transfer;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An organization's data as exported. Members are listed without credentials; an import creates
 * missing members as disabled accounts that an administrator enables with a new password. RFP
 * projects come with every saved revision, so their history moves with them. ({@code rfpProjects}
 * and {@code products} are absent from documents exported before they existed; they are read as
 * none.)
 */
public record OrganizationExport(String format, int formatVersion, String catalogEdition, OrganizationData organization,
        List<Member> members, List<ShortlistData> shortlists, List<RfpProjectData> rfpProjects,
        List<ProductData> products) {

    public static final String FORMAT = "rsp-navigator-organization";
    public static final int VERSION = 1;

    /** Where the API document describes a statement file (/schemas/ihe-integration-statement.schema.json). */
    static final String STATEMENT = "#/components/schemas/IheIntegrationStatement";

    public record OrganizationData(String name) {
    }

    public record Member(String username, String displayName, String role) {
    }

    public record ShortlistData(String name, String description, String filter, List<String> standards,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
    }

    /**
     * A project with its history, bidders' statements and returned matrices, and its evaluation
     * ({@code responses} and {@code evaluation} are absent from documents exported before they existed).
     */
    public record RfpProjectData(String name, String createdBy, Instant createdAt, List<RevisionData> revisions,
            List<BidderData> bidders, List<ResponseData> responses, EvaluationData evaluation) {
    }

    /**
     * A bidder's returned response matrix as kept: {@code answers} is {@code {answeredRevision, answers:
     * [{number, response, roadmapDate, evidence, comment}], unanswered, changed}}, read against
     * {@code revision}.
     */
    public record ResponseData(String bidder, int revision, String source, String importedBy, Instant importedAt,
            tools.jackson.databind.JsonNode answers) {
    }

    /**
     * The project's evaluation: the plan ({@code {categoryWeights, requirementWeights, knockOuts}};
     * null when the defaults apply), who saved it and when, and every evaluator's scores.
     */
    public record EvaluationData(tools.jackson.databind.JsonNode plan, String planUpdatedBy, Instant planUpdatedAt,
            List<ScoreData> scores) {
    }

    public record ScoreData(String bidder, String number, String evaluator, int score, String comment,
            Instant scoredAt) {
    }

    /**
     * A bidder's statement imported into a project; {@code statement} is the statement JSON and
     * {@code systems} the system types it is offered for (missing or empty: every system).
     */
    public record BidderData(String bidder, String source, String importedBy, Instant importedAt,
            @Schema(ref = STATEMENT, description = "The bidder's statement as imported.")
            tools.jackson.databind.JsonNode statement, List<String> systems) {
    }

    /** A vendor's product; {@code statement} is the statement JSON. */
    public record ProductData(String name, String productVersion, boolean published,
            @Schema(ref = STATEMENT, description = "The product's statement.")
            tools.jackson.databind.JsonNode statement, String createdBy, Instant createdAt, String updatedBy,
            Instant updatedAt) {
    }

    /**
     * One saved revision; the last one is the project as it is now. {@code draft} is the draft's
     * JSON (kept as a tree, so that an import checks it against the draft's schema before reading it).
     */
    public record RevisionData(int revision, String savedBy, Instant savedAt,
            @Schema(ref = "#/components/schemas/RfpDraft", description = "The draft as saved in this revision.")
            tools.jackson.databind.JsonNode draft) {
    }
}
