package org.rspnavigator.webapp.products;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rspnavigator.webapp.platform.web.Api;
import org.rspnavigator.webapp.platform.web.Attachments;

import org.rspnavigator.procurement.statement.Coverage;
import org.rspnavigator.procurement.statement.Finding;
import org.rspnavigator.procurement.statement.GapReport;
import org.rspnavigator.procurement.statement.GapRow;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Term;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.platform.TextFiles;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Products and their IHE Integration Statements (vendors write, every signed-in user reads
 * published ones), their statement documents, and gap analysis against a use case and system type.
 * The gaps against an RFP project ({@code ?project=}) are answered by the RFP side
 * ({@code ProjectGapController}).
 */
@RestController
@Tag(name = "Products")
@RequestMapping(ProductController.PRODUCTS)
public class ProductController {

    public static final String PRODUCTS = Api.V1 + "/products";

    private final ProductService products;
    private final GapService gaps;
    private final ObjectMapper json;

    ProductController(ProductService products, GapService gaps, ObjectMapper json) {
        this.products = products;
        this.gaps = gaps;
        this.json = json;
    }

    record ProductSummary(long id, String name, String productVersion, String vendor, boolean published,
            boolean editable, long version, String updatedBy, Instant updatedAt, String href) {
    }

    /** {@code proposedDicom}: the DICOM rows ({sopClass, roles}) whose declaration would fix it; empty when none would. */
    record FindingJson(String severity, String profile, String actor, String message, String proposedProfile,
            String proposedActor, List<ProposedDicomJson> proposedDicom) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.severity().slug(), f.profile(), f.actor(), f.message(),
                    f.proposal().map(p -> p.profile()).orElse(null), f.proposal().map(p -> p.actor()).orElse(null),
                    f.declaration().dicom().stream().map(d -> new ProposedDicomJson(d.sopClass(),
                            d.roles().stream().map(r -> r.slug()).toList())).toList());
        }
    }

    record ProposedDicomJson(String sopClass, List<String> roles) {
    }

    record ProductJson(ProductSummary product, @Schema(ref = StatementFile.SCHEMA) JsonNode statement,
            List<FindingJson> findings) {
    }

    private ProductSummary summary(AccountPrincipal user, Product p) {
        IntegrationStatement s = products.statement(p);
        return new ProductSummary(p.getId(), p.getName(), p.getProductVersion(), s.vendor(), p.isPublished(),
                ProductService.mayEdit(user, p), p.getVersion(), p.getUpdatedBy(), p.getUpdatedAt(),
                PRODUCTS + "/" + p.getId());
    }

    private ProductJson full(AccountPrincipal user, Product p) {
        IntegrationStatement s = products.statement(p);
        return new ProductJson(summary(user, p), json.readTree(StatementJson.write(s, products.unclaimedGroupings(s))),
                products.findings(s).stream().map(FindingJson::of).toList());
    }

    @GetMapping
    List<ProductSummary> list() {
        AccountPrincipal user = CurrentUser.require();
        return products.list(user).stream().map(p -> summary(user, p)).toList();
    }

    /** A new product from a statement: its JSON, or a statement PDF made here. */
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @ResponseStatus(HttpStatus.CREATED) // the answer is a ResponseEntity.created; this tells the API document
    ResponseEntity<ProductJson> create(@StatementFile @RequestBody byte[] statement) {
        AccountPrincipal user = CurrentUser.require();
        Product p = products.importStatement(user, statement);
        return ResponseEntity.created(URI.create(PRODUCTS + "/" + p.getId())).body(full(user, p));
    }

    @GetMapping("/{id}")
    ProductJson get(@PathVariable long id) {
        AccountPrincipal user = CurrentUser.require();
        return full(user, products.get(user, id));
    }

    /** Saves a new statement; {@code published} says whether others may see it. */
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProductJson save(@PathVariable long id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean published, @StatementFile @RequestBody byte[] statement) {
        AccountPrincipal user = CurrentUser.require();
        return full(user, products.save(user, id, version, products.readJson(statement), published));
    }

    /** Replaces the claimed rows with those of a CSV file: profile,actor,options. */
    @PutMapping(path = "/{id}/claims", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ProductJson claims(@PathVariable long id, @RequestParam long version, @RequestBody byte[] csv) {
        AccountPrincipal user = CurrentUser.require();
        return full(user, products.importRows(user, id, version, TextFiles.utf8(csv, "CSV file")));
    }

    /** Replaces the DICOM, DICOMweb, HL7 and terminology parts with those of a CSV file: part,item,roles,version,transferSyntaxes. */
    @PutMapping(path = "/{id}/conformance", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    ProductJson conformance(@PathVariable long id, @RequestParam long version, @RequestBody byte[] csv) {
        AccountPrincipal user = CurrentUser.require();
        return full(user, products.importConformance(user, id, version, TextFiles.utf8(csv, "CSV file")));
    }

    /** The DICOM, DICOMweb, HL7 and terminology parts as CSV rows, named after the product. */
    @GetMapping("/{id}/conformance.csv")
    ResponseEntity<byte[]> conformanceCsv(@PathVariable long id) {
        return Attachments.of(products.conformanceCsv(products.get(CurrentUser.require(), id)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam long version) {
        products.delete(CurrentUser.require(), id, version);
    }

    /** statement.json, statement.pdf or statement.csv, named after the product. */
    @GetMapping("/{id}/{file:statement\\.(?:json|pdf|csv)}")
    ResponseEntity<byte[]> statement(@PathVariable long id, @PathVariable String file) {
        Product p = products.get(CurrentUser.require(), id);
        return Attachments.of(switch (file) {
            case "statement.pdf" -> products.statementPdf(p);
            case "statement.csv" -> products.statementCsv(p);
            default -> products.statementJson(p);
        });
    }

    /**
     * A coverage as numbers and as the sentence the views and documents print. {@code percentMet} is
     * of {@code total} (all the requirements counted, those not assessed included), rounded down;
     * {@code assessed} is how many could be assessed.
     */
    public record CoverageJson(int met, int partlyMet, int notMet, int notAssessed, int total, int assessed,
            int percentMet, String summary) {
        public static CoverageJson of(Coverage c, String requirements) {
            return new CoverageJson(c.met(), c.partlyMet(), c.notMet(), c.notAssessed(), c.total(), c.assessed(),
                    c.percentMet(), c.summary(requirements));
        }
    }

    public record GapRowJson(String number, String level, String system, String requirement, String fit, String explanation) {
        public static GapRowJson of(GapRow r) {
            return new GapRowJson(r.requirement().number(), r.requirement().level().slug(), r.requirement().system(),
                    r.requirement().text(), r.fit().slug(), r.explanation());
        }
    }

    /** {@code unclaimedGroupings}: what the Technical Framework requires of the claimed actors that is not claimed. */
    public record GapJson(String title, String product, CoverageJson shall, CoverageJson should, CoverageJson may,
            List<GapRowJson> rows, List<UnclaimedGroupingJson> unclaimedGroupings) {
        public static GapJson of(GapReport report) {
            return new GapJson(report.title(), report.statement().productName() + " " + report.statement().version(),
                    CoverageJson.of(report.shall(), "SHALL requirements"),
                    CoverageJson.of(report.should(), "SHOULD requirements"),
                    CoverageJson.of(report.may(), "MAY requirements"),
                    report.rows().stream().map(GapRowJson::of).toList(),
                    report.unclaimedGroupings().stream().map(UnclaimedGroupingJson::of).toList());
        }
    }

    public record UnclaimedGroupingJson(String profile, String actor, String mustBeGroupedWith) {
        static UnclaimedGroupingJson of(org.rspnavigator.procurement.statement.UnclaimedGrouping u) {
            return new UnclaimedGroupingJson(u.profile(), u.actor(), u.groupedWith());
        }
    }

    /** Gap analysis against {@code useCase} + {@code systemType} (with {@code project}, see ProjectGapController). */
    @GetMapping(path = "/{id}/gaps", params = "!project")
    GapJson gapsJson(@PathVariable long id, @RequestParam(required = false) String useCase,
            @RequestParam(required = false) String systemType, @RequestParam(required = false) String region) {
        return GapJson.of(gaps(id, useCase, systemType, region));
    }

    @GetMapping(path = "/{id}/gaps.pdf", params = "!project")
    ResponseEntity<byte[]> gapsPdf(@PathVariable long id, @RequestParam(required = false) String useCase,
            @RequestParam(required = false) String systemType, @RequestParam(required = false) String region) {
        return Attachments.of(gaps.pdf(gaps(id, useCase, systemType, region)));
    }

    private GapReport gaps(long id, String useCase, String systemType, String region) {
        AccountPrincipal user = CurrentUser.require();
        if (useCase == null || systemType == null) {
            throw new IllegalArgumentException("Say what to compare with: ?project=<RFP project id>, or "
                    + "?useCase=<id>&systemType=<id> (and optionally &region=).");
        }
        return gaps.againstScope(user, id, useCase, systemType, region(region));
    }

    static Optional<Region> region(String slug) {
        if (slug == null || slug.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Term.fromSlug(Region.class, slug).orElseThrow(() -> new IllegalArgumentException(
                "There is no region '" + slug + "'. Use one of: " + Term.slugs(Region.class) + ".")));
    }
}
