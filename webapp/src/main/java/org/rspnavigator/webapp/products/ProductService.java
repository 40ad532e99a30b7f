package org.rspnavigator.webapp.products;

import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.rspnavigator.webapp.accounts.OrganizationDeletion;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.documents.statement.StatementCsv;
import org.rspnavigator.documents.statement.StatementJson;
import org.rspnavigator.documents.statement.StatementPdf;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.procurement.statement.Finding;
import org.rspnavigator.documents.statement.ConformanceCsv;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.Severity;
import org.rspnavigator.procurement.statement.StatementChecker;
import org.rspnavigator.webapp.accounts.AccountPrincipal;
import org.rspnavigator.webapp.accounts.Organization;
import org.rspnavigator.webapp.accounts.OrganizationRepository;
import org.rspnavigator.webapp.accounts.Role;
import org.rspnavigator.webapp.audit.AuditAction;
import org.rspnavigator.webapp.audit.AuditLog;
import org.rspnavigator.webapp.operations.Timings;
import org.rspnavigator.webapp.platform.DocumentQueue;
import org.rspnavigator.webapp.platform.Download;
import org.rspnavigator.webapp.platform.FileNames;
import org.rspnavigator.webapp.platform.NotPermittedException;
import org.rspnavigator.webapp.platform.StaleEditException;
import org.rspnavigator.webapp.platform.JsonSchemaFile;
import org.rspnavigator.webapp.platform.TextFiles;
import org.rspnavigator.webapp.platform.WorkNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Products and their IHE Integration Statements. Vendors (and administrators) keep their
 * organization's products; every signed-in user reads published ones; nobody sees another
 * organization's unpublished products, which are reported as not found. A statement with errors
 * (an unknown actor, an option its actor does not have, a broken option rule) is refused with
 * every error listed; warnings (a missing grouping, an unverified fact) are shown, not enforced.
 */
@Service
public class ProductService {

    static final String KIND = "product";
    /** The most actor rows a statement may claim: far beyond any real product. */
    public static final int MAX_CLAIMS = 500;
    /** The most rows the DICOM, DICOMweb, HL7 and terminology parts of one statement may have together. */
    public static final int MAX_CONFORMANCE_ROWS = 2_000;
    /** The form of a statement file, served at /schemas/ihe-integration-statement.schema.json. */
    public static final JsonSchemaFile STATEMENT_SCHEMA = JsonSchemaFile.of("ihe-integration-statement.schema.json");

    private final ProductRepository products;
    private final OrganizationRepository organizations;
    private final AuditLog audit;
    private final Catalog catalog;
    private final StatementChecker checker;
    private final StatementPdf pdf;
    private final DocumentQueue documents;
    private final Clock clock;
    private final MeterRegistry metrics;

    public ProductService(ProductRepository products, OrganizationRepository organizations, AuditLog audit,
            Catalog catalog, DocumentQueue documents, Clock clock, MeterRegistry metrics) {
        this.products = products;
        this.organizations = organizations;
        this.audit = audit;
        this.catalog = catalog;
        this.checker = new StatementChecker(catalog);
        this.pdf = new StatementPdf(catalog);
        this.documents = documents;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Vendors, and administrators, keep products. */
    public static boolean mayVend(AccountPrincipal user) {
        return user.role() == Role.VENDOR || user.role() == Role.ADMIN;
    }

    /** Whether {@code user} may change {@code product}. */
    public static boolean mayEdit(AccountPrincipal user, Product product) {
        return mayVend(user) && product.getOrganization().getId().equals(user.organizationId());
    }

    @Transactional(readOnly = true)
    public List<Product> list(AccountPrincipal user) {
        return products.visibleTo(user.organizationId());
    }

    @Transactional(readOnly = true)
    public Product get(AccountPrincipal user, long id) {
        return products.findById(id)
                .filter(p -> p.isPublished() || p.getOrganization().getId().equals(user.organizationId()))
                .orElseThrow(() -> new WorkNotFoundException(KIND, id));
    }

    /** The product's statement. */
    public IntegrationStatement statement(Product product) {
        return StatementJson.read(product.getStatement());
    }

    /** Every error and warning about a statement, in a stable order. */
    public List<Finding> findings(IntegrationStatement statement) {
        return checker.check(statement);
    }

    /** The groupings the Technical Framework requires of {@code statement}'s actors that it leaves unclaimed. */
    public List<org.rspnavigator.procurement.statement.UnclaimedGrouping> unclaimedGroupings(
            IntegrationStatement statement) {
        return checker.unclaimedGroupings(statement);
    }

    /** The statement with every required grouping it lacks claimed. */
    public IntegrationStatement withGroupings(IntegrationStatement statement) {
        return checker.withGroupings(statement);
    }

    @Transactional
    public Product create(AccountPrincipal user, IntegrationStatement statement) {
        requireVendor(user);
        String text = valid(statement);
        Instant now = clock.instant();
        Product product = new Product(organization(user), user.username(), now);
        product.apply(statement.productName().strip(), statement.version().strip(), text, false, user.username(), now);
        products.save(product);
        audit.record(user.username(), user.organizationId(), AuditAction.CREATED, KIND, String.valueOf(product.getId()),
                product.getName() + " " + product.getProductVersion());
        return product;
    }

    /** Saves a new statement (and publication state) if the product is still at {@code version}. */
    @Transactional
    public Product save(AccountPrincipal user, long id, long version, IntegrationStatement statement, boolean published) {
        requireVendor(user);
        String text = valid(statement);
        Product product = own(user, id, version);
        product.apply(statement.productName().strip(), statement.version().strip(), text, published, user.username(),
                clock.instant());
        StaleEditException.flush(products, KIND, product.getName());
        audit.record(user.username(), user.organizationId(), AuditAction.CHANGED, KIND, String.valueOf(id),
                product.getName() + " " + product.getProductVersion() + (published ? " (published)" : " (unpublished)"));
        return product;
    }

    @Transactional
    public void delete(AccountPrincipal user, long id, long version) {
        requireVendor(user);
        Product product = own(user, id, version);
        products.delete(product);
        StaleEditException.flush(products, KIND, product.getName());
        audit.record(user.username(), user.organizationId(), AuditAction.DELETED, KIND, String.valueOf(id),
                product.getName() + " " + product.getProductVersion());
    }

    /** Every product of an organization, for its export (the caller checks who may export). */
    @Transactional(readOnly = true)
    public List<Product> allOf(long organizationId) {
        return products.findByOrganizationIdOrderByNameAscIdAsc(organizationId);
    }

    /** Problems that keep a statement from being imported (an ERROR finding), without saving. */
    public List<String> problems(IntegrationStatement statement) {
        return checker.check(statement).stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::message).toList();
    }

    /** Writes an imported product as it was, keeping who made and changed it and when. */
    @Transactional
    public Product restore(String actor, Organization organization, IntegrationStatement statement, boolean isPublished,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt) {
        Product product = new Product(organization, createdBy, createdAt);
        product.apply(statement.productName().strip(), statement.version().strip(), valid(statement), isPublished,
                updatedBy, updatedAt);
        products.save(product);
        audit.record(actor, organization.getId(), AuditAction.IMPORTED, KIND, String.valueOf(product.getId()),
                product.getName() + " " + product.getProductVersion());
        return product;
    }

    /** Deletes every product of an organization (with the organization); the number deleted. */
    @Transactional
    public int deleteAllOf(long organizationId) {
        List<Product> all = products.findByOrganizationIdOrderByNameAscIdAsc(organizationId);
        products.deleteAll(all);
        return all.size();
    }

    /**
     * Reads a statement file: the statement JSON, or a statement PDF made here (which carries the
     * JSON inside it).
     *
     * @throws IllegalArgumentException (a {@code StatementFormatException} with line numbers for
     *         JSON) saying what is wrong, also when a PDF is refused unread because it unpacks to
     *         more than it may (a statement is never more than 4 MB of JSON) or is encrypted
     */
    public IntegrationStatement read(byte[] file) {
        if (file.length >= 5 && new String(file, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            Optional<String> json = StatementPdf.embeddedJson(file);
            return readChecked(json.orElseThrow(() -> new IllegalArgumentException(
                    "This PDF does not carry a machine-readable statement. Import the statement's JSON file, "
                            + "or a statement PDF made by RSP Navigator.")), "The statement attached to the PDF");
        }
        return readJson(file);
    }

    /**
     * Reads a statement's JSON file; bytes that are not UTF-8 are refused.
     *
     * @throws org.rspnavigator.webapp.platform.SchemaViolationException when it does not match
     *         {@link #STATEMENT_SCHEMA}, with every violation
     */
    public IntegrationStatement readJson(byte[] file) {
        return readChecked(TextFiles.utf8(file, "statement file"), "The statement file");
    }

    /** Checked against the schema first; the reader then says what the schema cannot (a blank name, a bad date). */
    private static IntegrationStatement readChecked(String json, String what) {
        STATEMENT_SCHEMA.check(json, what);
        return StatementJson.read(json);
    }

    /** A new product from a statement file (JSON or a statement PDF made here). */
    @Transactional
    public Product importStatement(AccountPrincipal user, byte[] file) {
        requireVendor(user);
        return create(user, read(file));
    }

    /** Replaces the product's claims with the rows of a CSV file ("profile,actor,options"). */
    @Transactional
    public Product importRows(AccountPrincipal user, long id, long version, String csv) {
        requireVendor(user);
        Product product = own(user, id, version);
        List<ProfileClaim> claims = StatementCsv.read(csv, catalog);
        IntegrationStatement old = statement(product);
        IntegrationStatement updated = old.withProfiles(claims);
        return save(user, id, version, updated, product.isPublished());
    }

    /** Replaces the product's DICOM, DICOMweb, HL7 and terminology parts with the rows of a CSV file (ConformanceCsv). */
    @Transactional
    public Product importConformance(AccountPrincipal user, long id, long version, String csv) {
        requireVendor(user);
        Product product = own(user, id, version);
        ConformanceClaims parts = ConformanceCsv.read(csv);
        return save(user, id, version, statement(product).withConformance(parts), product.isPublished());
    }

    /** The product's DICOM, DICOMweb, HL7 and terminology parts as CSV rows. */
    public Download conformanceCsv(Product product) {
        IntegrationStatement statement = statement(product);
        return new Download(FileNames.conformance(product.getName(), product.getProductVersion()),
                "text/csv;charset=UTF-8", () -> ConformanceCsv.write(statement.conformance())
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The product's statement as an IHE Integration Statement PDF (carrying its JSON), made on the document queue. */
    public Download statementPdf(Product product) {
        IntegrationStatement statement = statement(product);
        return new Download(FileNames.statement(product.getName(), product.getProductVersion(), "pdf"),
                "application/pdf", () -> documents.make(() -> Timings.statementDocument(metrics, "statement.pdf",
                        () -> pdf.render(statement))));
    }

    /** The product's statement as its JSON file. */
    public Download statementJson(Product product) {
        IntegrationStatement statement = statement(product);
        return new Download(FileNames.statement(product.getName(), product.getProductVersion(), "json"),
                "application/json", () -> StatementJson.write(statement, checker.unclaimedGroupings(statement))
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The product's claimed rows as CSV ("profile,actor,options"). */
    public Download statementCsv(Product product) {
        IntegrationStatement statement = statement(product);
        return new Download(FileNames.statement(product.getName(), product.getProductVersion(), "csv"),
                "text/csv;charset=UTF-8", () -> StatementCsv.write(statement).getBytes(StandardCharsets.UTF_8));
    }

    private String valid(IntegrationStatement statement) {
        long rows = statement.profiles().stream().mapToLong(p -> p.actors().size()).sum();
        if (rows > MAX_CLAIMS) {
            throw new IllegalArgumentException("The statement claims " + rows + " actors; at most " + MAX_CLAIMS
                    + " are accepted.");
        }
        ConformanceClaims c = statement.conformance();
        long conformanceRows = (long) c.dicom().size() + c.dicomweb().size() + c.hl7().size() + c.terminology().size();
        if (conformanceRows > MAX_CONFORMANCE_ROWS) {
            throw new IllegalArgumentException("The statement declares " + conformanceRows + " DICOM, DICOMweb, HL7 and "
                    + "terminology rows; at most " + MAX_CONFORMANCE_ROWS + " are accepted.");
        }
        List<String> errors = problems(statement);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The statement was not saved: " + String.join(" ", errors));
        }
        String text = StatementJson.write(statement);
        if (text.length() > Product.MAX_STATEMENT) {
            throw new IllegalArgumentException("The statement is too large to save.");
        }
        return text;
    }


    private Product own(AccountPrincipal user, long id, long version) {
        Product product = products.findById(id).filter(p -> p.getOrganization().getId().equals(user.organizationId()))
                .orElseThrow(() -> new WorkNotFoundException(KIND, id));
        if (product.getVersion() != version) {
            throw new StaleEditException(KIND, product.getName());
        }
        return product;
    }

    private static void requireVendor(AccountPrincipal user) {
        if (!mayVend(user)) {
            throw new NotPermittedException("Only vendors keep products and their IHE Integration Statements.");
        }
    }

    private Organization organization(AccountPrincipal user) {
        return organizations.findById(user.organizationId())
                .orElseThrow(() -> new WorkNotFoundException("organization", user.organizationId()));
    }

    /** An organization is deleted: its products go last. */
    @EventListener
    @Order(3)
    public void onOrganizationDeletion(OrganizationDeletion deletion) {
        deletion.removed(deleteAllOf(deletion.organizationId()), "products");
    }
}
