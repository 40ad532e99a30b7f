package org.rspnavigator.webapp.platform;

import org.rspnavigator.markup.Slugs;

/**
 * Names of the files users download, made from what they named their work: every name but the RFP
 * documents' ({@code RfpFormat} names those), so that the API and the views name a file alike.
 */
public final class FileNames {

    private FileNames() {
    }

    /**
     * "Imaging Renewal 2027" → "imaging-renewal-2027": lower case ASCII letters and digits joined by
     * hyphens, at most 60 characters; {@code fallback} when nothing is left.
     */
    public static String slug(String name, String fallback) {
        return Slugs.slug(name, 60, fallback);
    }

    /** "PACS Suite 7.2" → "pacs-suite-7-2-ihe-integration-statement.pdf" (or .json, .csv). */
    public static String statement(String productName, String productVersion, String extension) {
        return slug(productName + " " + productVersion, "product") + "-ihe-integration-statement." + extension;
    }

    /** "PACS Suite 7.2" → "pacs-suite-7-2-conformance.csv": a product's DICOM, DICOMweb, HL7 and terminology parts. */
    public static String conformance(String productName, String productVersion) {
        return slug(productName + " " + productVersion, "product") + "-conformance.csv";
    }

    /** "PACS Suite 7.2" → "pacs-suite-7-2-gap-analysis.pdf": a product against a use case or a project. */
    public static String gapReport(String productName, String productVersion) {
        return slug(productName + " " + productVersion, "product") + "-gap-analysis.pdf";
    }

    /** "Imaging Renewal 2027", statement 12 → "imaging-renewal-2027-gap-analysis-12.pdf": one bidder's statement. */
    public static String bidderGapReport(String projectName, long statementId) {
        return slug(projectName, "rfp") + "-gap-analysis-" + statementId + ".pdf";
    }

    /** "Imaging Renewal 2027" → "imaging-renewal-2027-bidder-evidence.pdf" (or .csv). */
    public static String bidderMatrix(String projectName, String extension) {
        return slug(projectName, "rfp") + "-bidder-evidence." + extension;
    }

    /** "Imaging Renewal 2027" → "imaging-renewal-2027-bid-evaluation.pdf" (or .csv, .xlsx). */
    public static String bidEvaluation(String projectName, String extension) {
        return slug(projectName, "rfp") + "-bid-evaluation." + extension;
    }

    /** "rsp-portfolio.pdf" (or .csv, .xlsx): the portfolio view as a file. */
    public static String portfolio(String extension) {
        return "rsp-portfolio." + extension;
    }

    /**
     * "rsp-use-case-department-to-enterprise-pacs.xlsx" (or .csv): a use case's matrix as a file, narrowed
     * to {@code system} (a system type's id, or a name the use case prints) unless it is null.
     */
    public static String useCase(String useCaseId, String system, String extension) {
        return "rsp-use-case-" + slug(useCaseId, "use-case") + (system == null ? "" : "-" + slug(system, "system"))
                + "." + extension;
    }

    /** "St. Example Hospital" → "rsp-st-example-hospital.json": an organization's exported data. */
    public static String organizationExport(String organization) {
        return "rsp-" + slug(organization, "organization") + ".json";
    }

    /** "St. Example Hospital" → "st-example-hospital-exceptions-to-the-portfolio.csv": the report for policy makers. */
    public static String portfolioExceptions(String organization, String extension) {
        return slug(organization, "organization") + "-exceptions-to-the-portfolio." + extension;
    }
}
