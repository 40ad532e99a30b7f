package org.rspnavigator.webapp.products;

import java.util.List;
import java.util.Optional;

import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementProposer;
import org.rspnavigator.procurement.rfp.RfpDraft;
import org.rspnavigator.procurement.rfp.RfpSpec;
import org.rspnavigator.procurement.statement.GapAnalysis;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.documents.statement.GapReportPdf;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.operations.Timings;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.platform.FileNames;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gap analysis of a product's statement against the requirements the portfolio gives for a use
 * case and a system type (anyone who can see the product, vendors checking their own before
 * publishing), and the gap report PDF. A product against an RFP project is the RFP's side
 * ({@code RfpBidderService}).
 */
@Service
public class GapService {

    private final ProductService products;
    private final RequirementProposer proposer;
    private final Catalog catalog;
    private final GapAnalysis analysis;
    private final GapReportPdf pdf;
    private final DocumentQueue documents;
    private final MeterRegistry metrics;

    public GapService(ProductService products, RequirementProposer proposer, Catalog catalog, DocumentQueue documents,
            MeterRegistry metrics) {
        this.products = products;
        this.proposer = proposer;
        this.catalog = catalog;
        this.analysis = new GapAnalysis(catalog);
        this.pdf = new GapReportPdf(catalog);
        this.documents = documents;
        this.metrics = metrics;
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
        List<Requirement> requirements = RfpDraft.proposed(spec, proposer).validated(catalog).requirements();
        return analysis.analyse(useCase.name() + ", " + type.name()
                + region.map(r -> " (" + r.label() + ")").orElse(""), products.statement(product), requirements);
    }

    /** The report as a PDF, named after the product compared, made on the document queue. */
    public Download pdf(GapReport report) {
        return new Download(FileNames.gapReport(report.statement().productName(), report.statement().version()),
                "application/pdf", () -> documents.make(() -> Timings.statementDocument(metrics, "gap-report.pdf",
                        () -> pdf.render(report))));
    }

    private static String ids(List<String> ids) {
        return String.join(", ", ids);
    }
}
