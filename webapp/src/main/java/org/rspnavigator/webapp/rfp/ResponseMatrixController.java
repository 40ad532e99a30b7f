package org.rspnavigator.webapp.rfp;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rspnavigator.documents.rfp.ResponseMatrixReader;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Bidders' filled response matrices (the XLSX, CSV or JSON the project's documents give), read against
 * the project's current revision: checked without keeping anything ({@code /check}), or kept as the
 * bidder's answers for the evaluation. A file with any problem gives every problem with its place.
 */
@RestController
@Tag(name = "Bidders")
@RequestMapping(RfpController.RFP + "/projects/{projectId}/responses")
class ResponseMatrixController {

    /** The most bytes a returned matrix may have. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RfpProjectService projects;
    private final RfpEvaluationService evaluation;

    ResponseMatrixController(RfpProjectService projects, RfpEvaluationService evaluation) {
        this.projects = projects;
        this.evaluation = evaluation;
    }

    record AnswerJson(String number, String response, LocalDate roadmapDate, String evidence, String comment) {
        static AnswerJson of(BidderAnswer a) {
            return new AnswerJson(a.number(), a.answer().slug(), a.roadmapDate().orElse(null), a.evidence(),
                    a.comment());
        }
    }

    /**
     * @param answeredRevision the revision the matrix was made for, as it says (0: it does not say)
     * @param revision         the project's revision it was read against
     * @param unanswered       the requirements of that revision it does not answer
     * @param changed          requirements whose text in the matrix differs from the revision's
     */
    record CheckJson(int answeredRevision, int revision, List<AnswerJson> answers, List<String> unanswered,
            List<String> changed) {
    }

    /** The matrix's answers, held against the current revision; a {@code 400} lists every problem by its place. */
    @PostMapping(path = "/check", consumes = {XLSX, "text/csv", MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE})
    CheckJson check(@PathVariable long projectId, @RequestBody byte[] matrix) {
        requireSize(matrix);
        RfpDocument current = projects.document(CurrentUser.require(), projectId, null);
        BidderResponse r = ResponseMatrixReader.read(matrix, current);
        return new CheckJson(r.answeredRevision(), current.version(), r.answers().stream().map(AnswerJson::of).toList(),
                r.unanswered(), r.changed());
    }

    private static void requireSize(byte[] matrix) {
        if (matrix.length > MAX_BYTES) {
            throw new IllegalArgumentException("The response matrix has " + matrix.length + " bytes; at most "
                    + MAX_BYTES + " are read.");
        }
    }

    /**
     * A bidder's kept matrix: the revision it was read against and the one it says it answers, and
     * the requirements of that revision it left unanswered or whose text differed.
     */
    record ResponseJson(long id, String bidder, int revision, int answeredRevision, int answered,
            List<String> unanswered, List<String> changed, String source, String importedBy, Instant importedAt,
            List<AnswerJson> answers) {
    }

    private ResponseJson json(RfpBidderResponse stored, boolean withAnswers) {
        BidderResponse r = evaluation.answers(stored);
        return new ResponseJson(stored.getId(), stored.getBidder(), stored.getRevision(), r.answeredRevision(),
                r.answers().size(), r.unanswered(), r.changed(), stored.getSource(), stored.getImportedBy(),
                stored.getImportedAt(), withAnswers ? r.answers().stream().map(AnswerJson::of).toList() : null);
    }

    /** The bidders' kept matrices, without their answers. */
    @GetMapping
    List<ResponseJson> list(@PathVariable long projectId) {
        return evaluation.responses(CurrentUser.require(), projectId).stream().map(r -> json(r, false)).toList();
    }

    /** One kept matrix with its answers. */
    @GetMapping("/{responseId}")
    ResponseJson get(@PathVariable long projectId, @PathVariable long responseId) {
        return json(evaluation.response(CurrentUser.require(), projectId, responseId), true);
    }

    /**
     * Reads {@code bidder}'s filled matrix against the current revision and keeps its answers, in place
     * of that bidder's matrix before; a {@code 400} lists every problem by its place, and nothing is kept.
     */
    @PostMapping(consumes = {XLSX, "text/csv", MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @ResponseStatus(HttpStatus.CREATED) // the answer is a ResponseEntity.created; this tells the API document
    ResponseEntity<ResponseJson> add(@PathVariable long projectId, @RequestParam String bidder,
            @RequestParam(required = false) String source, @RequestBody byte[] matrix) {
        requireSize(matrix);
        RfpBidderResponse stored = evaluation.importResponse(CurrentUser.require(), projectId, bidder, matrix, source);
        return ResponseEntity.created(URI.create(RfpController.RFP + "/projects/" + projectId + "/responses/"
                + stored.getId())).body(json(stored, false));
    }

    @DeleteMapping("/{responseId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long projectId, @PathVariable long responseId) {
        evaluation.removeResponse(CurrentUser.require(), projectId, responseId);
    }
}
