package org.rspnavigator.webapp.rfp;

import java.util.Arrays;
import java.util.Optional;

import org.rspnavigator.procurement.rfp.RfpDocument;
import org.rspnavigator.webapp.platform.FileNames;

/** The documents an RFP project is downloaded as, with their API names and file names. */
public enum RfpFormat {
    RFP_PDF("rfp.pdf", "RFP section", "PDF", "application/pdf", "rfp-section", "pdf"),
    RFP_DOCX("rfp.docx", "RFP section", "Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "rfp-section", "docx"),
    CHECKLIST_PDF("checklist.pdf", "Integration-statement checklist", "PDF", "application/pdf",
            "integration-statement-checklist", "pdf"),
    MATRIX_CSV("response-matrix.csv", "Vendor response matrix", "CSV", "text/csv; charset=UTF-8", "response-matrix",
            "csv"),
    MATRIX_XLSX("response-matrix.xlsx", "Vendor response matrix", "XLSX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "response-matrix", "xlsx"),
    MATRIX_JSON("response-matrix.json", "Vendor response matrix", "JSON", "application/json", "response-matrix",
            "json");

    private final String apiName;
    private final String title;
    private final String kind;
    private final String mediaType;
    private final String fileStem;
    private final String extension;

    RfpFormat(String apiName, String title, String kind, String mediaType, String fileStem, String extension) {
        this.apiName = apiName;
        this.title = title;
        this.kind = kind;
        this.mediaType = mediaType;
        this.fileStem = fileStem;
        this.extension = extension;
    }

    /** How the API names it: {@code rfp.pdf}, {@code response-matrix.csv}, ... */
    public String apiName() {
        return apiName;
    }

    /** "RFP section (Word)". */
    public String label() {
        return title + " (" + kind + ")";
    }

    public String mediaType() {
        return mediaType;
    }

    /** "imaging-renewal-2027-rfp-section-r3.pdf": the project's name, what it is, and the revision. */
    public String fileName(String projectName, int revision) {
        return FileNames.slug(projectName, "rfp") + "-" + fileStem + "-r" + revision + "." + extension;
    }

    /** The file name of this document of {@code doc}: its project's name and its revision. */
    public String fileName(RfpDocument doc) {
        return fileName(doc.spec().projectName(), doc.version());
    }

    /** "imaging-renewal-2027-documents-r3.zip": every document of {@code doc} in one file. */
    public static String allFileName(RfpDocument doc) {
        return FileNames.slug(doc.spec().projectName(), "rfp") + "-documents-r" + doc.version() + ".zip";
    }

    public static Optional<RfpFormat> ofApiName(String name) {
        return Arrays.stream(values()).filter(f -> f.apiName.equals(name)).findFirst();
    }

    public static String apiNames() {
        return String.join(", ", Arrays.stream(values()).map(RfpFormat::apiName).toList());
    }
}
