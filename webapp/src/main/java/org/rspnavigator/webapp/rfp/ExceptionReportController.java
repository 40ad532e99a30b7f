package org.rspnavigator.webapp.rfp;

import java.time.Instant;
import java.util.List;

import org.rspnavigator.model.Term;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.web.Attachments;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The exceptions to the portfolio that the organization's RFP projects make, for its policy
 * makers ({@link PortfolioExceptionReport}): as JSON, or as a CSV file. Planners and
 * administrators only, and only of their own organization.
 */
@RestController
@Tag(name = "RFP projects")
@RequestMapping(RfpController.RFP)
class ExceptionReportController {

    private final PortfolioExceptionReport report;

    ExceptionReportController(PortfolioExceptionReport report) {
        this.report = report;
    }

    /**
     * One exception: {@code proposedLevel} is always {@code shall}; {@code level} is the level now,
     * absent when {@code withdrawn}; exactly one of {@code standard} or {@code profile} +
     * {@code actor} says what the requirement asks for; {@code reason} is empty only for a change
     * saved before a reason was asked for; {@code changedBy} and {@code changedAt} name the save
     * that made the exception as it stands.
     */
    record ExceptionJson(long projectId, String project, int revision, String number, String system, String subject,
            String standard, String profile, String actor, String proposedLevel, String level, boolean withdrawn,
            String change, String reason, String changedBy, Instant changedAt, String projectHref) {

        static ExceptionJson of(PortfolioExceptionReport.Row r) {
            return new ExceptionJson(r.projectId(), r.project(), r.revision(), r.number(), r.system(), r.subject(),
                    r.standard().orElse(null), r.profile().orElse(null), r.actor().orElse(null), r.proposed().slug(),
                    r.now().map(Term::slug).orElse(null), r.now().isEmpty(), r.change(), r.reason(), r.changedBy(),
                    r.changedAt(), RfpController.RFP + "/projects/" + r.projectId());
        }
    }

    /** Every exception of every project of the caller's organization, by project, then in each draft's order. */
    @GetMapping("/exceptions")
    List<ExceptionJson> exceptions() {
        return report.rows(CurrentUser.require()).stream().map(ExceptionJson::of).toList();
    }

    /** The same report as a CSV file (UTF-8 with a byte-order mark), one row per exception. */
    @GetMapping("/exceptions.csv")
    ResponseEntity<byte[]> exceptionsCsv() {
        return Attachments.of(report.csv(CurrentUser.require()));
    }
}
