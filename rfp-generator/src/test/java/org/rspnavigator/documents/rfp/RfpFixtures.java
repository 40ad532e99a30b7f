package org.rspnavigator.documents.rfp;

import static org.rspnavigator.procurement.rfp.RequirementLevel.MAY;
import static org.rspnavigator.procurement.rfp.RequirementLevel.SHALL;
import static org.rspnavigator.procurement.rfp.RequirementLevel.SHOULD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.procurement.rfp.CustomClause;
import org.rspnavigator.procurement.rfp.LocalMandate;
import org.rspnavigator.procurement.rfp.ProcuredSystem;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RequirementLevel;
import org.rspnavigator.procurement.rfp.RequirementOrigin;
import org.rspnavigator.procurement.rfp.RequirementSubject;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;
import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.procurement.rfp.RfpSpec;

/**
 * Hand-made RFP documents on the real catalog: a PACS and image displays for a regional imaging
 * network, with profile-actor and standard requirements at every level, groupings, a legacy
 * standard, local mandates and custom clauses (one with Markdown, a script and raw HTML, one very
 * long).
 */
final class RfpFixtures {

    static final Catalog CATALOG = CatalogLoader.loadFromClasspath();

    static final String SCRIPT = "<script>alert('rfp')</script>";

    private RfpFixtures() {
    }

    static RfpSpec spec() {
        return new RfpSpec("Northbridge Imaging Network — PACS and diagnostic viewer replacement 2027",
                "Northbridge Regional Health Authority", Optional.of(Region.EUROPE),
                List.of("device-to-department", "department-to-enterprise"),
                List.of(new ProcuredSystem("pacs", 1, "One PACS for the four hospitals of the network, replacing two "
                                + "archives installed in 2012. About 1.4 million studies a year; 12 years of studies to migrate."),
                        new ProcuredSystem("image-display", 40, "30 diagnostic reading workstations in radiology, "
                                + "6 mammography review workstations and 4 in the cardiology department.")));
    }

    static List<Requirement> requirements() {
        return List.of(
                req("PACS-01", SHALL, "pacs", "technical-workflow", new ProfileActor("swf-b", "Image Manager/Image Archive",
                        List.of("Availability of PPS-Referenced Instances")),
                        "The proposed PACS SHALL implement IHE SWF.b as Image Manager/Image Archive, with the "
                                + "Availability of PPS-Referenced Instances option.",
                        "Department to enterprise (Table 7): scheduled acquisitions from the RIS. IHE SWF.b is a "
                                + "preferred technical workflow standard (Table 5).", RequirementOrigin.PORTFOLIO),
                req("PACS-02", SHALL, "pacs", "content", new StandardSupport("dicom-ct-rdsr"),
                        "The proposed PACS SHALL support DICOM CT RDSR: it stores CT Radiation Dose SR objects with "
                                + "their studies and forwards them to the dose management system.",
                        "Device to department (Table 6): CT dose reporting. Preferred content standard with high "
                                + "product adoption (Table 2).", RequirementOrigin.PORTFOLIO),
                req("PACS-03", SHALL, "pacs", "content", new ProfileActor("kin", "Image Manager/Image Archive", List.of()),
                        "The proposed PACS SHALL implement IHE KIN as Image Manager/Image Archive.",
                        "Key images flagged while reporting are kept with the study.", RequirementOrigin.PORTFOLIO),
                req("PACS-04", SHALL, "pacs", "technical-workflow",
                        new ProfileActor("iocm", "Image Manager/Image Archive", List.of()),
                        "The proposed PACS SHALL implement IHE IOCM as Image Manager/Image Archive.",
                        "Rejected and corrected images are handled the same way by every archive of the network.",
                        RequirementOrigin.PORTFOLIO),
                req("PACS-05", SHALL, "pacs", "privacy-security",
                        new ProfileActor("atna", "Secure Node", List.of("Radiology Audit Trail")),
                        "The proposed PACS SHALL implement IHE ATNA as Secure Node, with the Radiology Audit Trail option.",
                        "Grouping: the XDS-I.b Imaging Document Source (PACS-11) is expected to be grouped with ATNA; "
                                + "every access to images is audited.",
                        RequirementOrigin.GROUPING),
                req("PACS-06", SHALL, "pacs", "technical-workflow", new ProfileActor("ct", "Time Client", List.of()),
                        "The proposed PACS SHALL implement IHE CT as Time Client.",
                        "Grouping: audit records from the ATNA Secure Node (PACS-05) carry consistent time.",
                        RequirementOrigin.GROUPING),
                req("PACS-07", SHALL, "pacs", "data", new StandardSupport("snomed-ct-rt"),
                        "The proposed PACS SHALL read, display and query SNOMED CT RT identifiers (coding scheme SRT) "
                                + "in archived and received objects, together with, or on the way to, SNOMED CT "
                                + "numeric identifiers.",
                        "Legacy data standard (Table 1): twelve years of archived studies carry SRT codes.",
                        RequirementOrigin.PORTFOLIO),
                req("PACS-08", SHOULD, "pacs", "data", new StandardSupport("snomed-ct-numeric"),
                        "The proposed PACS SHOULD support SNOMED CT numeric identifiers, and map SRT codes to them "
                                + "on receipt or query.",
                        "Emerging data standard (Table 1) that supersedes the RT identifiers.", RequirementOrigin.SUCCESSOR),
                req("PACS-09", SHOULD, "pacs", "information-exchange",
                        new ProfileActor("wia", "Imaging Document Responder", List.of()),
                        "The proposed PACS SHOULD implement IHE WIA as Imaging Document Responder.",
                        "Emerging information exchange standard (Table 3): web viewers in the wards.",
                        RequirementOrigin.PORTFOLIO),
                req("PACS-10", SHALL, "pacs", "information-exchange", new StandardSupport("dicomweb"),
                        "The proposed PACS SHALL provide DICOMweb services (QIDO-RS, WADO-RS and STOW-RS).",
                        "Preferred information exchange standard (Table 3).", RequirementOrigin.PORTFOLIO),
                req("PACS-11", SHALL, "pacs", "information-exchange",
                        new ProfileActor("xds-i-b", "Imaging Document Source", List.of("Set of DICOM Instances")),
                        "The proposed PACS SHALL implement IHE XDS-I.b as Imaging Document Source, with the Set of "
                                + "DICOM Instances option.",
                        "Enterprise to cross-enterprise: sharing studies with the regional health information "
                                + "exchange.", RequirementOrigin.PORTFOLIO),
                req("PACS-12", MAY, "pacs", "content", new StandardSupport("dicom-part-20"),
                        "The proposed PACS MAY store and display imaging reports encoded per DICOM Part 20 (HL7 CDA).",
                        "Emerging content standard (Table 2); planner's choice.", RequirementOrigin.PLANNER),
                req("DISP-01", SHALL, "image-display", "technical-workflow",
                        new ProfileActor("swf-b", "Image Display", List.of()),
                        "The proposed image displays SHALL implement IHE SWF.b as Image Display.",
                        "Department to enterprise (Table 7).", RequirementOrigin.PORTFOLIO),
                req("DISP-02", SHALL, "image-display", "content", new ProfileActor("kin", "Image Display", List.of()),
                        "The proposed image displays SHALL implement IHE KIN as Image Display.",
                        "Key images flagged while reporting are shown to referring physicians.", RequirementOrigin.PORTFOLIO),
                req("DISP-03", SHALL, "image-display", "technical-workflow",
                        new ProfileActor("cpi", "Image Display", List.of()),
                        "The proposed image displays SHALL implement IHE CPI as Image Display.",
                        "Consistent grey levels across workstations (Table 5).", RequirementOrigin.PORTFOLIO),
                req("DISP-04", SHALL, "image-display", "technical-workflow", new StandardSupport("dicom-gsdf"),
                        "The diagnostic displays SHALL be calibrated to the DICOM Grayscale Standard Display Function "
                                + "and keep it with a quality-control tool.",
                        "Preferred technical workflow standard (Table 5).", RequirementOrigin.PORTFOLIO),
                req("DISP-05", SHALL, "image-display", "technical-workflow",
                        new ProfileActor("mammo", "Image Display", List.of("Partial View")),
                        "The mammography review workstations SHALL implement IHE MAMMO as Image Display, with the "
                                + "Partial View option.",
                        "Breast screening programme.", RequirementOrigin.PLANNER),
                req("DISP-06", SHALL, "image-display", "privacy-security",
                        new ProfileActor("atna", "Secure Application", List.of("Radiology Audit Trail")),
                        "The proposed image displays SHALL implement IHE ATNA as Secure Application, with the "
                                + "Radiology Audit Trail option.",
                        "Grouping: every radiology actor records access to images in the audit trail.",
                        RequirementOrigin.GROUPING),
                req("DISP-07", SHALL, "image-display", "technical-workflow", new ProfileActor("ct", "Time Client", List.of()),
                        "The proposed image displays SHALL implement IHE CT as Time Client.",
                        "Grouping: audit records from the ATNA Secure Application (DISP-06) carry consistent time.",
                        RequirementOrigin.GROUPING),
                req("DISP-08", SHOULD, "image-display", "information-exchange",
                        new ProfileActor("wia", "Imaging Document Consumer", List.of()),
                        "The web viewer SHOULD implement IHE WIA as Imaging Document Consumer.",
                        "Emerging information exchange standard (Table 3).", RequirementOrigin.PORTFOLIO));
    }

    static List<LocalMandate> mandates() {
        return List.of(
                new LocalMandate("National dose register", "dicom-ct-rdsr", """
                        The national radiation protection authority collects CT dose data in **its own XML format**.
                        The PACS or the dose management system shall:

                        - convert each CT RDSR into the national format, and
                        - submit it within *24 hours* of the examination.

                        This is in addition to PACS-02, not instead of it."""),
                new LocalMandate("Regional patient identifier", "", """
                        The regional master patient index assigns the identifier used across the network. Every
                        system keeps the local hospital number as a second identifier."""));
    }

    static List<CustomClause> clauses() {
        return List.of(
                new CustomClause("Acceptance testing", """
                        The buyer tests every claimed actor on site before acceptance.

                        # Test plan

                        1. The bidder delivers a test plan **four weeks** before installation.
                        2. Tests use the buyer's *anonymised* studies.

                        ### Evidence

                        | Evidence | When |
                        |---|---|
                        | Connectathon results | with the proposal |
                        | Test report | before acceptance |

                        > Results are reviewed by the imaging informatics team.

                        See [the IHE Product Registry](https://product-registry.ihe.net) and <b>raw HTML</b> typed by the planner.
                        """ + SCRIPT + "\n\nA link that must not work: [click](javascript:alert(1))."),
                new CustomClause("Migration", "The bidder migrates all studies of the two archives, including "
                        + "their key image notes and rejection notes."));
    }

    static RfpDocument document() {
        return new RfpDocument(spec(), requirements(), mandates(), clauses(), 3, LocalDate.of(2026, 12, 1));
    }

    /** The document with one more clause of {@code length} characters of prose. */
    static RfpDocument withLongClause(int length) {
        StringBuilder text = new StringBuilder(length + 200);
        String sentence = "The bidder describes how the archive keeps every study readable for the retention period "
                + "the law sets, including migration to a successor system at the end of the contract. ";
        int paragraph = 0;
        while (text.length() < length) {
            text.append(sentence);
            if (++paragraph % 6 == 0) {
                text.append("\n\n");
            }
        }
        text.setLength(length);
        List<CustomClause> clauses = new ArrayList<>(clauses());
        clauses.add(new CustomClause("Long-term archiving", text.toString()));
        RfpDocument d = document();
        return new RfpDocument(d.spec(), d.requirements(), d.mandates(), clauses, d.version(), d.issued());
    }

    static RfpDocument with(List<Requirement> requirements, List<LocalMandate> mandates, List<CustomClause> clauses) {
        return new RfpDocument(spec(), requirements, mandates, clauses, 1, LocalDate.of(2026, 12, 1));
    }

    static Requirement req(String number, RequirementLevel level, String system, String category,
            RequirementSubject subject, String text, String rationale, RequirementOrigin origin) {
        return new Requirement(number, level, system, category, subject, text, rationale, origin);
    }
}
