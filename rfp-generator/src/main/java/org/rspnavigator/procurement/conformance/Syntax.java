package org.rspnavigator.procurement.conformance;

import java.util.regex.Pattern;

/**
 * The written form of what conformance parts name, checked the same way wherever they are read (the
 * statement JSON, the CSV rows, the catalog's vocabulary).
 */
public final class Syntax {

    /** A DICOM UID (PS3.5 section 9.1): numeric components without leading zeros, dot-separated. */
    private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");
    /** An HL7 v2 message type with trigger event: "ADT^A01". */
    private static final Pattern MESSAGE = Pattern.compile("[A-Z][A-Z0-9]{2}\\^[A-Z0-9]{3}");
    /** An HL7 v2 version number: "2.5.1", "2.4". */
    private static final Pattern HL7_VERSION = Pattern.compile("2\\.[0-9]{1,2}(\\.[0-9]{1,2})?");

    /** What a DICOM UID must be, for messages. */
    public static final String UID_RULE = "digits and dots, no component with a leading zero, at most 64 characters "
            + "(DICOM PS3.5 9.1)";

    private Syntax() {
    }

    /** Whether {@code text} is a well-formed DICOM UID of at most 64 characters. */
    public static boolean uid(String text) {
        return text.length() <= 64 && UID.matcher(text).matches();
    }

    /** Whether {@code text} is an HL7 v2 message type with trigger event, such as ORU^R01. */
    public static boolean message(String text) {
        return MESSAGE.matcher(text).matches();
    }

    /** Whether {@code text} is an HL7 v2 version number, such as 2.5.1. */
    public static boolean hl7Version(String text) {
        return HL7_VERSION.matcher(text).matches();
    }
}
