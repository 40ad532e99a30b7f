package org.rspnavigator.documents.statement;

import static org.rspnavigator.markup.Markup.escape;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.rspnavigator.documents.pdf.PdfAttachments;
import org.rspnavigator.documents.pdf.PdfDocument;
import org.rspnavigator.documents.pdf.PdfRenderer;
import org.rspnavigator.documents.pdf.Resources;
import org.rspnavigator.documents.rfp.AppendixFTable;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Standard;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.conformance.Vocabulary;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementChecker;
import org.rspnavigator.procurement.statement.UnclaimedGrouping;

/**
 * The Integration Statement as the vendor publishes it: a cover with vendor, product, version and
 * date, then Table F.2-1 of Appendix F with the fixed declaration, one row per actor claimed under
 * its profile ("Name (ACRONYM)", as the catalog has it) and domain, "None" where no option is
 * claimed, and the links at the foot, then any grouping the Technical Framework requires that the
 * statement leaves unclaimed, then the DICOM, DICOMweb, HL7 and terminology parts it declares as a
 * conformance summary. A tagged PDF/UA-1 and PDF/A-3u document that carries the
 * statement as JSON ({@link StatementJson}) in the attached file {@value #ATTACHMENT}, so that a
 * buyer's tools can read what the pages show.
 *
 * <p>Everything the vendor wrote is printed as text; only http and https addresses become links.
 * Profiles must be in the catalog (an unknown one cannot be named or placed under its domain); an
 * actor or option the catalog does not know is printed as written, since
 * {@link org.rspnavigator.procurement.statement.StatementChecker} has already said so. Immutable and
 * safe to share between threads.
 */
public final class StatementPdf {

    /** The name of the attached JSON file. */
    public static final String ATTACHMENT = "ihe-integration-statement.json";

    /** The largest attachment {@link #embeddedJson} reads: far more than any statement needs. */
    private static final int MAX_JSON_BYTES = 4 * 1024 * 1024;

    private static final String CSS = AppendixFTable.CSS + Resources.text(StatementPdf.class, "statement.css");
    /** Dates as the statement documents print them: "1 March 2026". */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final String IHE_SITE = "https://www.ihe.net";

    private final Catalog catalog;
    private final Vocabulary vocabulary = Vocabulary.fromClasspath();
    private final PdfRenderer renderer = new PdfRenderer();

    public StatementPdf(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The statement with its cover page. */
    public byte[] render(IntegrationStatement statement) {
        return render(statement, true);
    }

    /**
     * The statement, with or without a cover page before the table.
     *
     * @throws IllegalArgumentException if a profile is not in the catalog or is listed without actors
     */
    public byte[] render(IntegrationStatement statement, boolean cover) {
        List<AppendixFTable.ProfileRows<ActorClaim>> rows = rows(statement);
        StringBuilder b = new StringBuilder(16 * 1024);
        if (cover) {
            cover(b, statement);
        }
        b.append("<div class=\"").append(cover ? "table-page" : "first-page").append("\">");
        AppendixFTable.head(b, List.of(statement.vendor(), statement.productName(), statement.version(),
                dated(statement)));
        AppendixFTable.body(b, List.of(), rows, p -> "", StatementPdf::actorCells);
        AppendixFTable.foot(b, link(statement.links().vendorIheInformation()), link(statement.links().hl7Conformance()),
                link(statement.links().dicomConformance()), "Links to general information about IHE", link(IHE_SITE));
        List<UnclaimedGrouping> unclaimed = new StatementChecker(catalog).unclaimedGroupings(statement);
        GapReportPdf.unclaimed(b, unclaimed);
        conformance(b, statement.conformance());
        b.append("</div>");
        String product = (statement.productName() + " " + statement.version()).strip();
        String title = "IHE Integration Statement — " + (statement.vendor() + " " + product).strip();
        String subject = "IHE Integration Statement of " + statement.vendor() + " for " + product + ", "
                + DATE.format(statement.date());
        byte[] pdf = renderer.render(new PdfDocument(title, statement.vendor(), subject, Locale.ENGLISH, CSS, b.toString()));
        return PdfAttachments.attach(pdf, new PdfAttachments.Attachment(ATTACHMENT, "application/json", "Data",
                "The IHE Integration Statement of this document as JSON (format " + StatementJson.FORMAT + ", version "
                        + StatementJson.FORMAT_VERSION + ")",
                StatementJson.write(statement, unclaimed).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The conformance summary after the Appendix F table: the DICOM SOP classes with roles and transfer
     * syntaxes, the DICOMweb services, the HL7 v2 messages and the code systems the statement declares.
     * Nothing when it declares none.
     */
    private void conformance(StringBuilder b, ConformanceClaims c) {
        if (c.isEmpty()) {
            return;
        }
        b.append("<h2>DICOM, HL7 and terminology conformance</h2><p>").append(escape("Declared by the vendor beside "
                + "the IHE claims above. The DICOM Conformance Statement (DICOM PS3.2) and the HL7 interface "
                + "specification linked in the table remain the reference for the details.")).append("</p>");
        if (!c.dicom().isEmpty()) {
            table(b, "DICOM SOP classes", List.of("SOP class", "UID", "Roles", "Transfer syntaxes"), c.dicom().stream()
                    .map(d -> List.of(vocabulary.sopClass(d.sopClass()).map(Vocabulary.SopClass::name)
                            .orElse("Not in the catalog"), d.sopClass(), String.join(", ", d.roles().stream()
                                    .map(DicomRole::label).toList()), d.transferSyntaxes().isEmpty()
                                    ? "Not listed" : String.join("; ", d.transferSyntaxes().stream()
                                            .map(t -> vocabulary.transferSyntax(t).orElse(t)).toList()))).toList());
        }
        if (!c.dicomweb().isEmpty()) {
            table(b, "DICOMweb services (DICOM PS3.18)", List.of("Service", "Roles"), c.dicomweb().stream()
                    .map(d -> List.of(d.service(), String.join(" and ", d.roles().stream().map(DicomWebRole::label)
                            .toList()))).toList());
        }
        if (!c.hl7().isEmpty()) {
            table(b, "HL7 v2 messages", List.of("Message", "Event", "Direction", "Version"), c.hl7().stream()
                    .map(h -> List.of(h.message(), vocabulary.message(h.message()).map(Vocabulary.Message::name)
                            .orElse("Not in the catalog"), h.direction() == Hl7Direction.SEND ? "Sent" : "Received",
                            h.version())).toList());
        }
        if (!c.terminology().isEmpty()) {
            table(b, "Code systems", List.of("Code system", "Release"), c.terminology().stream()
                    .map(t -> List.of(catalog.standard(t.codeSystem()).map(Standard::briefName).orElse(t.codeSystem()),
                            t.version().isBlank() ? "Not stated" : t.version())).toList());
        }
    }

    private static void table(StringBuilder b, String caption, List<String> headings, List<List<String>> rows) {
        b.append("<table class=\"conformance\"><caption>").append(escape(caption)).append("</caption><thead><tr>");
        headings.forEach(h -> b.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        b.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                // A UID, and SCU, SCP, are printed on one line, so that they can be read and copied whole.
                String cell = row.get(i).matches("[0-9]+(\\.[0-9]+)+") ? "<td class=\"uid\">"
                        : row.get(i).matches("SC[UP](, SC[UP])?") ? "<td class=\"nowrap\">" : "<td>";
                b.append(i == 0 ? "<th scope=\"row\">" : cell).append(escape(row.get(i))).append(i == 0 ? "</th>"
                        : "</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    /**
     * The statement JSON attached to a PDF that {@link #render} made, if {@code pdf} is a PDF that
     * carries one; empty for any other file. Read it with {@link StatementJson#read}.
     *
     * @throws IllegalArgumentException when the PDF is refused unread ({@link PdfAttachments#read}):
     *         the attachment unpacks to more than 4 MB, the PDF's other compressed parts to more
     *         than their budget, or it is encrypted
     */
    public static Optional<String> embeddedJson(byte[] pdf) {
        return PdfAttachments.read(pdf, ATTACHMENT, MAX_JSON_BYTES).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The profiles by domain (Radiology, Cardiology, IT Infrastructure), in the vendor's order within each. */
    private List<AppendixFTable.ProfileRows<ActorClaim>> rows(IntegrationStatement statement) {
        List<String> wrong = new ArrayList<>();
        List<AppendixFTable.ProfileRows<ActorClaim>> rows = new ArrayList<>();
        for (ProfileClaim claim : statement.profiles()) {
            Optional<Profile> p = catalog.profile(claim.profile());
            if (p.isEmpty()) {
                wrong.add("the catalog has no profile '" + claim.profile() + "'");
            } else if (claim.actors().isEmpty()) {
                wrong.add(p.get().acronym() + " is listed without actors");
            } else {
                rows.add(new AppendixFTable.ProfileRows<>(p.get(), claim.actors()));
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("The statement cannot be printed: " + String.join("; ", wrong) + ".");
        }
        rows.sort(Comparator.comparing(r -> r.profile().domain()));
        return rows;
    }

    private void cover(StringBuilder b, IntegrationStatement s) {
        b.append("<div class=\"cover\"><p class=\"kicker\">IHE Integration Statement</p>");
        b.append("<h1>").append(escape((s.productName() + " " + s.version()).strip())).append("</h1>");
        b.append("<p class=\"vendor\">").append(escape(s.vendor())).append("</p>");
        b.append("<table class=\"cover-facts\"><tbody>");
        coverFact(b, "Vendor", s.vendor());
        coverFact(b, "Product name", s.productName());
        coverFact(b, "Version", s.version());
        coverFact(b, "Date", DATE.format(s.date()));
        if (!s.revision().isBlank()) {
            coverFact(b, "Revision of this statement", s.revision());
        }
        int actors = s.profiles().stream().mapToInt(p -> p.actors().size()).sum();
        coverFact(b, "Claims", s.profiles().size() + (s.profiles().size() == 1 ? " profile, " : " profiles, ") + actors
                + (actors == 1 ? " actor" : " actors"));
        b.append("</tbody></table>");
        b.append("<p>").append(escape("This document states which IHE integration profiles, actors and options the "
                + "product version above implements, laid out as Appendix F of the IHE Technical Frameworks General "
                + "Introduction asks (Table F.2-1).")).append("</p>");
        b.append("<p>").append(escape("It is the vendor's own declaration: IHE neither reviews nor endorses it. Read it "
                + "together with the product's DICOM and HL7 conformance statements, linked at the end of the table.")
        ).append("</p>");
        b.append("<p class=\"colophon\">").append(escape("Profile, actor and option names are those of the IHE "
                + "Technical Frameworks, as recorded in catalog edition " + catalog.edition().edition() + ". The "
                + "statement is attached to this PDF as " + ATTACHMENT + " for tools to read. Made with RSP Navigator."))
                .append("</p></div>");
    }

    private static void coverFact(StringBuilder b, String name, String value) {
        b.append("<tr><th scope=\"row\">").append(escape(name)).append("</th><td>").append(escape(value))
                .append("</td></tr>");
    }

    private static void actorCells(StringBuilder b, ActorClaim claim) {
        b.append("<td class=\"actor\">").append(escape(claim.actor())).append("</td><td class=\"options\">");
        if (claim.options().isEmpty()) {
            b.append("None");
        }
        claim.options().forEach(o -> b.append("<div class=\"option\">").append(escape(o)).append("</div>"));
        b.append("</td>");
    }

    /** "1 March 2026", with the statement's revision after it when it has one. */
    private static String dated(IntegrationStatement s) {
        String date = DATE.format(s.date());
        if (s.revision().isBlank()) {
            return date;
        }
        String rev = s.revision().strip();
        return date + ", " + (rev.toLowerCase(Locale.ROOT).startsWith("rev") ? rev : "revision " + rev);
    }

    /** A link for an http(s) address; anything else (javascript:, file:, plain words) as text. */
    static String link(String address) {
        String a = address.strip();
        if (isWebAddress(a)) {
            return "<a class=\"url\" href=\"" + escape(a) + "\">" + escape(a) + "</a>";
        }
        return escape(a);
    }

    private static boolean isWebAddress(String a) {
        try {
            URI uri = new URI(a);
            return uri.getScheme() != null && List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
