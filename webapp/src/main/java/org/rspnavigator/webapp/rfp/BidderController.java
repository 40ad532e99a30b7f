package org.rspnavigator.webapp.rfp;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.rspnavigator.webapp.platform.web.Attachments;
import org.rspnavigator.webapp.products.ProductController;

import org.rspnavigator.procurement.statement.BidderMatrix;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.CurrentUser;
import org.rspnavigator.webapp.products.Product;
import org.rspnavigator.webapp.products.ProductService;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rspnavigator.webapp.products.StatementFile;
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

/** Bidders' IHE Integration Statements in an RFP project, and the evidence matrix made of them. */
@RestController
@Tag(name = "Bidders")
@RequestMapping(RfpController.RFP + "/projects/{projectId}/bidders")
class BidderController {

    private final RfpBidderService bidders;
    private final ProductService products;

    BidderController(RfpBidderService bidders, ProductService products) {
        this.bidders = bidders;
        this.products = products;
    }

    /** {@code systems}: the system types the statement is offered for; empty for every system of the tender. */
    record BidderStatementJson(long id, String bidder, String vendor, String productName, String productVersion,
            String source, String importedBy, Instant importedAt, List<String> systems) {
    }

    private BidderStatementJson json(RfpBidderStatement s) {
        IntegrationStatement statement = bidders.statement(s);
        return new BidderStatementJson(s.getId(), s.getBidder(), statement.vendor(), statement.productName(),
                statement.version(), s.getSource(), s.getImportedBy(), s.getImportedAt(), s.getSystems());
    }

    @GetMapping
    List<BidderStatementJson> list(@PathVariable long projectId) {
        return bidders.list(CurrentUser.require(), projectId).stream().map(this::json).toList();
    }

    /** A bidder's statement file (JSON, or a statement PDF made by RSP Navigator). */
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PDF_VALUE})
    @ResponseStatus(HttpStatus.CREATED) // the answer is a ResponseEntity.created; this tells the API document
    ResponseEntity<BidderStatementJson> add(@PathVariable long projectId, @RequestParam String bidder,
            @RequestParam(required = false) String source, @RequestParam(required = false) List<String> systems,
            @StatementFile @RequestBody byte[] statement) {
        AccountPrincipal user = CurrentUser.require();
        RfpBidderStatement s = bidders.add(user, projectId, bidder, products.read(statement), source, systems);
        return ResponseEntity.created(URI.create(RfpController.RFP + "/projects/" + projectId + "/bidders/" + s.getId()))
                .body(json(s));
    }

    /** A published product's statement (or one of the planner's own organization) for a bidder. */
    @PostMapping("/products/{productId}")
    @ResponseStatus(HttpStatus.CREATED) // the answer is a ResponseEntity.created; this tells the API document
    ResponseEntity<BidderStatementJson> addProduct(@PathVariable long projectId, @PathVariable long productId,
            @RequestParam String bidder, @RequestParam(required = false) List<String> systems) {
        AccountPrincipal user = CurrentUser.require();
        Product product = products.get(user, productId);
        RfpBidderStatement s = bidders.add(user, projectId, bidder, products.statement(product),
                "product " + product.getId() + " (" + product.getName() + " " + product.getProductVersion() + ")",
                systems);
        return ResponseEntity.created(URI.create(RfpController.RFP + "/projects/" + projectId + "/bidders/" + s.getId()))
                .body(json(s));
    }

    @DeleteMapping("/{statementId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long projectId, @PathVariable long statementId) {
        bidders.remove(CurrentUser.require(), projectId, statementId);
    }

    /** One bidder statement against the project's requirements. */
    @GetMapping("/{statementId}/gaps.pdf")
    ResponseEntity<byte[]> gapsPdf(@PathVariable long projectId, @PathVariable long statementId) {
        return Attachments.of(bidders.gapReport(CurrentUser.require(), projectId, statementId));
    }

    /** {@code fits}: one slug per bidder, {@code not-bid} for a system the bidder does not bid for. */
    record MatrixRowJson(String system, String number, String level, String requirement, List<String> fits) {
    }

    /** A bidder with the systems it bids for (empty: all) and its coverage, each with its sentence. */
    record MatrixBidderJson(String name, List<String> bidsFor, String bidsForText, ProductController.CoverageJson shall,
            ProductController.CoverageJson all) {
    }

    /** The requirements of one system, by their number. */
    record MatrixSystemJson(String system, String name, List<String> requirements) {
    }

    record MatrixJson(List<String> bidders, List<MatrixRowJson> rows, List<ProductController.CoverageJson> shallTotals,
            List<ProductController.CoverageJson> allTotals, List<MatrixBidderJson> bidderDetails,
            List<MatrixSystemJson> systems) {
    }

    @GetMapping("/matrix")
    MatrixJson matrix(@PathVariable long projectId) {
        BidderMatrix m = bidders.matrix(CurrentUser.require(), projectId);
        List<MatrixRowJson> rows = IntStream.range(0, m.requirements().size())
                .mapToObj(i -> new MatrixRowJson(m.requirements().get(i).system(), m.requirements().get(i).number(),
                        m.requirements().get(i).level().slug(), m.requirements().get(i).text(),
                        m.rows().get(i).stream().map(r -> r.fit().slug()).toList()))
                .toList();
        List<ProductController.CoverageJson> shall = m.shallTotals().stream()
                .map(c -> ProductController.CoverageJson.of(c, "SHALL requirements")).toList();
        List<ProductController.CoverageJson> all = m.allTotals().stream()
                .map(c -> ProductController.CoverageJson.of(c, "All requirements")).toList();
        List<MatrixBidderJson> details = IntStream.range(0, m.bidders().size())
                .mapToObj(j -> new MatrixBidderJson(m.bidders().get(j), m.bidsFor().get(j), m.bidsForText(j),
                        shall.get(j), all.get(j)))
                .toList();
        List<MatrixSystemJson> systems = m.systems().stream().map(g -> new MatrixSystemJson(g.system(), g.name(),
                g.rows().stream().map(i -> m.requirements().get(i).number()).toList())).toList();
        return new MatrixJson(m.bidders(), rows, shall, all, details, systems);
    }

    @GetMapping("/matrix.csv")
    ResponseEntity<byte[]> matrixCsv(@PathVariable long projectId) {
        return Attachments.of(bidders.matrixCsv(CurrentUser.require(), projectId));
    }

    @GetMapping("/matrix.pdf")
    ResponseEntity<byte[]> matrixPdf(@PathVariable long projectId) {
        return Attachments.of(bidders.matrixPdf(CurrentUser.require(), projectId));
    }
}
