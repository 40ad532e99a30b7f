package org.rspnavigator.webapp.products;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.documents.statement.GapReportPdf;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.operations.Timings;
import org.rspnavigator.webapp.rfp.RfpProject;
import org.rspnavigator.webapp.rfp.RfpProjectService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gap analysis: a product's statement against what an RFP project asks for (planners, with a
 * product they can see), or against the requirements the portfolio gives for a use case and a
 * system type (anyone who can see the product, vendors checking their own before publishing).
 */
@Service
public class GapService {

    private final ProductService products;
    private final RfpProjectService projects;
    private final Catalog catalog;
    private final GapAnalysis analysis;
    private final GapReportPdf pdf;
    private final MeterRegistry metrics;

    public GapService(ProductService products, RfpProjectService projects, Catalog catalog, MeterRegistry metrics) {
        this.products = products;
        this.projects = projects;
        this.catalog = catalog;
        this.analysis = new GapAnalysis(catalog);
        this.pdf = new GapReportPdf(catalog);
        this.metrics = metrics;
    }

    /** The product against the current revision of an RFP project of the planner's organization. */
    @Transactional(readOnly = true)
    public GapReport againstProject(AccountPrincipal user, long productId, long projectId) {
        Product product = products.get(user, productId);
        RfpProject project = projects.get(user, projectId);
        RfpDraft draft = projects.draft(project);
        return analysis.analyse(project.getName() + " (revision " + project.getRevision() + ")",
                products.statement(product), draft.requirements());
    }

    /** The product against the requirements proposed for one use case and one system type. */
    @Transactional(readOnly = true)
    public GapReport againstScope(AccountPrincipal user, long productId, String useCaseId, String systemTypeId,
            Optional<Region> region) {
        Product product = products.get(user, productId);
        UseCase useCase = catalog.useCase(useCaseId).orElseThrow(() -> new IllegalArgumentException(
                "There is no use case '" + useCaseId + "'. Use one of: " + ids(catalog.useCases().stream()
                        .map(UseCase::id).toList()) + "."));
        SystemType type = catalog.systemType(systemTypeId).orElseThrow(() -> new IllegalArgumentException(
                "There is no system type '" + systemTypeId + "'. Use one of: " + ids(catalog.systemTypes().stream()
                        .map(SystemType::id).toList()) + "."));
        RfpSpec spec = new RfpSpec(useCase.name() + " — " + type.name(), "", region, List.of(useCase.id()),
                List.of(new ProcuredSystem(type.id(), 1, "")));
        List<Requirement> requirements = projects.propose(spec).requirements();
        return analysis.analyse(useCase.name() + ", " + type.name()
                + region.map(r -> " (" + r.label() + ")").orElse(""), products.statement(product), requirements);
    }

    public byte[] pdf(GapReport report) {
        return Timings.statementDocument(metrics, "gap-report.pdf", () -> pdf.render(report));
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }
}
