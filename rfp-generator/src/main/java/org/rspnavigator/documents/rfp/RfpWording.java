package org.rspnavigator.documents.rfp;

import java.util.List;

import org.rspnavigator.model.CatalogEdition;

/**
 * The fixed wording of the RFP documents, shared by the PDF and the Word document so that the two
 * say the same thing. Plain text: each output escapes it.
 */
final class RfpWording {

    static final String DOCUMENT_TITLE = "Interoperability requirements";
    static final String CONTENTS = "Contents";
    static final String HOW_TO_READ = "How to read this section";
    static final String REQUIREMENTS = "Requirements";
    static final String MANDATES = "Local mandates and exceptions";
    static final String CLAUSES = "Additional clauses";
    static final String MATRIX = "Vendor response matrix";
    static final String GLOSSARY = "Glossary";
    static final String GLOSSARY_STANDARDS = "Standards";
    static final String GLOSSARY_PROFILES = "IHE integration profiles";

    static final String CHECKLIST_TITLE = "Integration-statement checklist";

    static final String UNCONFIRMED = "not confirmed against the Technical Framework in this catalog";
    static final String PARTLY_CONFIRMED = "only partly confirmed against the Technical Framework in this catalog";

    /** The word that marks a requirement naming an IHE fact the catalog has not confirmed. */
    static final String UNCONFIRMED_MARK = "Unconfirmed";

    /**
     * One answer a bidder may give in the response matrix, what the bidder adds to it, and what it
     * means for the evaluation.
     */
    record Answer(String word, String slug, String bidderAdds, String meaning) {
    }

    /** The answers of the response matrix, in the order the matrix prints them. */
    static final List<Answer> ANSWERS = List.of(
            new Answer("Comply", "comply", "the evidence",
                    "the product version offered meets the requirement as written, as delivered. The evidence column "
                            + "says where the bidder's documents show it."),
            new Answer("Partial", "partial", "a comment saying what is missing, and the evidence for the rest",
                    "the product meets part of the requirement. On a SHALL requirement this is a deviation: the "
                            + "bidder explains it, and the buyer may treat the requirement as not met."),
            new Answer("Roadmap", "roadmap", "the committed delivery date",
                    "the capability is not in the version offered; the bidder commits to a delivery date. It counts "
                            + "as not compliant at contract award unless the buyer accepts the date in writing."),
            new Answer("No", "no", "a comment",
                    "the product does not meet the requirement. On a SHALL requirement this is a deviation: the "
                            + "bidder explains it, and the buyer may treat the proposal as non-compliant."),
            new Answer("Not applicable", "not-applicable", "the reason, in the comment",
                    "the requirement does not apply to the product offered. The buyer may reject the reason, and "
                            + "the answer then counts as No."));

    /** The answers as the matrix's column header and the CSV list them: "Comply / Partial / ...". */
    static String answerList() {
        return String.join(" / ", ANSWERS.stream().map(Answer::word).toList());
    }

    private RfpWording() {
    }

    /** One level and what it asks of a bidder. */
    record Level(String word, String meaning) {
    }

    static final List<Level> LEVELS = List.of(
            new Level("SHALL", "mandatory. A proposal that does not meet a SHALL requirement may be rejected."),
            new Level("SHOULD", "to be considered. The proposal should meet it; where it does not, the bidder says why, "
                    + "and the buyer weighs the answer in the evaluation."),
            new Level("MAY", "optional. A bidder who offers it says so."));

    /** The paragraphs of "How to read this section", before and after the list of levels. */
    static final String READ_INTRO = "Each numbered requirement below states what the proposed system must do to "
            + "exchange information with the systems around it. It gives the requirement's number, its level, the "
            + "requirement itself and, in smaller type, the reason it is there.";

    static final String READ_LEVELS = "The level says how binding a requirement is, in the sense of RFC 2119:";

    static final String READ_ISO = "ISO 21860:2020, the Reference Standards Portfolio for clinical imaging, asks in "
            + "clause 5.1 that its preferred and legacy standards be used wherever their scope applies, and that its "
            + "emerging standards be considered: requirements on them are therefore SHALL and SHOULD respectively, "
            + "unless a local mandate or exception in this document says otherwise. A legacy standard is accepted "
            + "together with, or on the way to, the standard that supersedes it.";

    static final String READ_IHE = "Requirements on IHE integration profiles name the profile, the actor and any "
            + "options exactly as the IHE Technical Framework writes them. A system that claims an actor implements "
            + "every transaction the Technical Framework requires of that actor, and the options named.";

    static final String READ_GROUPING = "Requirements are grouped by the system they apply to and, for each system, "
            + "by the categories of the portfolio: data, content, information exchange, privacy and security, and "
            + "technical workflow standards. Requirement numbers stay the same from one version of this document to "
            + "the next; the number of a withdrawn requirement is not given again, and each system says which numbers "
            + "it does not use.";

    static final String READ_RESPONSE = "Bidders answer every numbered requirement in the vendor response matrix "
            + "at the end of this section, with one answer, a comment where the answer asks for one, and a reference "
            + "to the evidence. With the proposal, bidders attach the IHE Integration Statement of each product "
            + "version offered, and its DICOM and HL7 conformance statements.";

    static final String READ_ANSWERS = "The answers, what the bidder adds to each, and what each means for the "
            + "evaluation:";

    static final String READ_SCORING = "Answers to SHOULD and MAY requirements are scored: an answer other than "
            + "Comply lowers the score but does not by itself disqualify a proposal. Evidence names the document and "
            + "its section: the DICOM Conformance Statement section for the SOP class or service, the IHE Integration "
            + "Statement, a Connectathon result or the IHE Product Registry entry. An answer without evidence may be "
            + "given less weight.";

    static final String READ_UNCONFIRMED = "A requirement marked \u201c" + UNCONFIRMED_MARK + "\u201d names an IHE "
            + "actor, option or grouping that the catalog this document was made from has not yet confirmed against "
            + "the IHE Technical Framework; the mark says which fact. The Technical Framework prevails. A bidder who "
            + "finds that such a name or fact does not hold may question it in the comment or through the "
            + "clarification process, and the buyer will answer before the evaluation.";

    static final String READ_RATINGS = "Each standard the requirements name is listed once in the glossary, with its "
            + "assessment group and ratings in ISO 21860:2020 and the table and clause that give them; the requirements "
            + "do not repeat them.";

    static final String MATRIX_INTRO = "One row per requirement. Tick one answer. Give the comment the answer asks "
            + "for (what is missing for Partial or No, the reason for Not applicable) and the committed date for "
            + "Roadmap. The evidence column names the document and section that show it: DICOM Conformance Statement "
            + "section, IHE Integration Statement, Connectathon result or IHE Product Registry entry. What each answer "
            + "means for the evaluation is set out in \u201c" + HOW_TO_READ + "\u201d.";

    /** The title page's count of requirements that name an IHE fact the catalog has not confirmed. */
    static String unconfirmedCount(long count) {
        if (count == 0) {
            return "No requirement names an IHE fact the catalog has not confirmed.";
        }
        return count + (count == 1 ? " requirement names" : " requirements name") + " IHE facts the catalog has not "
                + "confirmed; bidders may question them.";
    }

    static final String NO_MANDATES = "None. No local mandate or exception changes the requirements of this section.";

    static final String EXCEPTIONS = "Exceptions to the portfolio";

    static final String EXCEPTIONS_INTRO = "The buyer asks for less than the portfolio proposes in the requirements "
            + "listed here. Each was proposed at SHALL by the usage rule of ISO 21860 clause 5.1 and has since been "
            + "lowered or withdrawn; that clause expects such a departure to be written down with its reason, and this "
            + "list is where the buyer does so.";

    static final String NO_REASON_RECORDED = "No reason was recorded when this change was made.";

    /** The headers of the exceptions table. */
    static final String[] EXCEPTION_HEADERS = {"No.", "System", "Proposed by the portfolio", "Changed by the buyer",
            "Reason"};

    static final String GLOSSARY_INTRO = "The standards and IHE profiles this section cites, with the facts the "
            + "portfolio gives for them.";

    /** The closing line of the RFP documents. */
    static String closing(CatalogEdition edition) {
        return "The names, assessment groups and ratings of the standards, and the table and clause numbers, are facts "
                + "from " + edition.sourceDocument() + ", " + edition.sourceTitle() + "; the names of IHE profiles, "
                + "actors and options are those of the IHE Technical Frameworks. Generated by RSP Navigator from "
                + "catalog edition " + edition.edition() + ".";
    }

    static final String CHECKLIST_INTRO = "For each system procured, the IHE profiles, actors and options that the "
            + "requirements ask for, laid out as an IHE Integration Statement (IHE Technical Frameworks General "
            + "Introduction, Appendix F). Compare each bidder's published statement for the product version offered "
            + "with this table: tick an actor once the statement claims it with the options listed, and fill in the "
            + "links the statement gives.";

    static final String CHECKLIST_SELF_DECLARATION = "An Integration Statement is the vendor's own declaration; IHE "
            + "does not check it. Connectathon results and the IHE Product Registry are supporting evidence, and "
            + "acceptance testing confirms that it works on site.";

    /** Labels of the lines that make a requirement testable. */
    static final String ROLE = "Role";
    static final String BINDING_VERSION = "Binding version";
    static final String EVIDENCE_ASKED = "Evidence asked";
    static final String LICENCE = "Licence";
}
