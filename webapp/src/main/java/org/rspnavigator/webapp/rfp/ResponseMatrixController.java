package org.rspnavigator.webapp.rfp;

import java.time.LocalDate;
import java.util.List;

import org.rspnavigator.documents.rfp.ResponseMatrixReader;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Reads a bidder's filled response matrix (the XLSX, CSV or JSON the project's documents give) against
 * the project's current revision and says what it holds, or every problem with its place. Nothing is
 * kept: it is the check a planner runs on a returned matrix.
 */
@RestController
@Tag(name = "Bidders")
@RequestMapping(RfpController.RFP + "/projects/{projectId}/responses")
class ResponseMatrixController {

    /** The most bytes a returned matrix may have. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final RfpProjectService projects;

    ResponseMatrixController(RfpProjectService projects) {
        this.projects = projects;
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
    @PostMapping(path = "/check", consumes = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    CheckJson check(@PathVariable long projectId, @RequestBody byte[] matrix) {
        if (matrix.length > MAX_BYTES) {
            throw new IllegalArgumentException("The response matrix has " + matrix.length + " bytes; at most "
                    + MAX_BYTES + " are read.");
        }
        RfpDocument current = projects.document(CurrentUser.require(), projectId, null);
        BidderResponse r = ResponseMatrixReader.read(matrix, current);
        return new CheckJson(r.answeredRevision(), current.version(), r.answers().stream().map(AnswerJson::of).toList(),
                r.unanswered(), r.changed());
    }
}
