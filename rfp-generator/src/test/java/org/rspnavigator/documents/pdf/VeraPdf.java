package org.rspnavigator.documents.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDFs with veraPDF, the reference validator for PDF/UA and PDF/A, in its greenfield
 * (non-PDFBox) implementation, so that the check does not share a parser with the code it checks.
 */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The rules {@code pdf} breaks in {@code flavour}, one line each ("7.1-3 (page 2): ..."), or
     * an empty list when it conforms.
     */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " at "
                            + a.getLocation().getContext() + ": " + a.getMessage()
                            + (a.getErrorMessage() == null ? "" : " (" + a.getErrorMessage() + ")"))
                    .distinct().collect(Collectors.toList());
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, but no failed assertion was reported: " + result.getFailedChecks());
            }
            return failed;
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the document: " + e, e);
        }
    }
}
