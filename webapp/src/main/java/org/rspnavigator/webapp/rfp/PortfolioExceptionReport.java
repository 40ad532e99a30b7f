package org.rspnavigator.webapp.rfp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.procurement.rfp.ExceptionToPortfolio;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.platform.FileNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comply or explain, across an organization: every exception to the portfolio its RFP projects
 * make now (a SHALL proposed from the portfolio that the buyer lowered or withdrew), with the
 * reason and who made the change when, for the policy makers who answer for them. Only planners
 * and administrators see it, and only of their own organization ({@link RfpProjectService#list}).
 */
@Service
public class PortfolioExceptionReport {

    private final RfpProjectService projects;
    private final Catalog catalog;

    public PortfolioExceptionReport(RfpProjectService projects, Catalog catalog) {
        this.projects = projects;
        this.catalog = catalog;
    }

    /**
     * One exception of one project, as its current revision makes it.
     *
     * @param subject   "IHE SWF.b — Image Manager/Image Archive" or "DICOM CT RDSR"
     * @param now       the level the requirement has now; empty once withdrawn
     * @param reason    the buyer's reason; empty only in projects saved before a reason was asked for
     * @param changedBy who saved the revision from which the exception stands as it is now
     * @param changedAt when that revision was saved
     */
    public record Row(long projectId, String project, int revision, String number, String system, String subject,
            Optional<String> standard, Optional<String> profile, Optional<String> actor, RequirementLevel proposed,
            Optional<RequirementLevel> now, String reason, String changedBy, Instant changedAt) {

        /** "Lowered to SHOULD" or "Withdrawn". */
        public String change() {
            return now.map(level -> "Lowered to " + level.label()).orElse("Withdrawn");
        }
    }

    /** The exceptions of every project of the user's organization, by project name, then in each draft's order. */
    @Transactional(readOnly = true)
    public List<Row> rows(AccountPrincipal user) {
        List<Row> rows = new ArrayList<>();
        for (RfpProject project : projects.list(user)) {
            List<ExceptionToPortfolio> exceptions = projects.draft(project).exceptions();
            if (exceptions.isEmpty()) {
                continue;
            }
            List<RfpProjectService.SavedRevision> history = projects.history(project).reversed();
            for (ExceptionToPortfolio e : exceptions) {
                RfpProjectService.SavedRevision since = since(history, e);
                rows.add(row(project, e, since));
            }
        }
        return List.copyOf(rows);
    }

    /** The report as CSV, one row per exception. */
    @Transactional(readOnly = true)
    public Download csv(AccountPrincipal user) {
        List<Row> rows = rows(user);
        return new Download(FileNames.portfolioExceptions(user.organizationName(), "csv"), "text/csv;charset=UTF-8",
                () -> {
                    CsvWriter csv = new CsvWriter().row(List.of("Project", "Revision", "Requirement", "System",
                            "Standard or profile", "Proposed by the portfolio", "Now", "Reason", "Changed by",
                            "Changed at (UTC)"));
                    for (Row r : rows) {
                        csv.row(List.of(r.project(), Integer.toString(r.revision()), r.number(), r.system(), r.subject(),
                                r.proposed().label(), r.now().map(RequirementLevel::label).orElse("withdrawn"),
                                r.reason(), r.changedBy(), r.changedAt().toString()));
                    }
                    return csv.bytes();
                });
    }

    /**
     * The oldest revision of the unbroken run, back from the newest, in which {@code e} stands as it
     * does now (the same change and reason): the save that made it so.
     */
    private static RfpProjectService.SavedRevision since(List<RfpProjectService.SavedRevision> newestFirst,
            ExceptionToPortfolio e) {
        RfpProjectService.SavedRevision since = newestFirst.getFirst();
        for (RfpProjectService.SavedRevision saved : newestFirst) {
            if (!sameIn(saved.draft(), e)) {
                break;
            }
            since = saved;
        }
        return since;
    }

    private static boolean sameIn(RfpDraft draft, ExceptionToPortfolio e) {
        return draft.exceptions().stream().anyMatch(x -> x.number().equals(e.number()) && x.now().equals(e.now())
                && x.reason().equals(e.reason()));
    }

    private Row row(RfpProject project, ExceptionToPortfolio e, RfpProjectService.SavedRevision since) {
        String system = catalog.systemType(e.system()).map(SystemType::name).orElse(e.system());
        RequirementSubject subject = e.requirement().subject();
        return switch (subject) {
            case RequirementSubject.StandardSupport s -> new Row(project.getId(), project.getName(),
                    project.getRevision(), e.number(), system,
                    catalog.standard(s.standard()).map(Standard::briefName).orElse(s.standard()),
                    Optional.of(s.standard()), Optional.empty(), Optional.empty(), RequirementLevel.SHALL, e.now(),
                    e.reason(), since.savedBy(), since.savedAt());
            case RequirementSubject.ProfileActor pa -> new Row(project.getId(), project.getName(),
                    project.getRevision(), e.number(), system,
                    "IHE " + catalog.profile(pa.profile()).map(Profile::acronym).orElse(pa.profile()) + " — "
                            + pa.actor(),
                    Optional.empty(), Optional.of(pa.profile()), Optional.of(pa.actor()), RequirementLevel.SHALL,
                    e.now(), e.reason(), since.savedBy(), since.savedAt());
        };
    }
}
