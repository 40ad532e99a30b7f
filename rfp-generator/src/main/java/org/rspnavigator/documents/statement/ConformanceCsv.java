package org.rspnavigator.documents.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.documents.csv.CsvReader;
import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.documents.statement.StatementFormatException.Problem;
import org.rspnavigator.model.Term;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.conformance.Syntax;

/**
 * A product's DICOM, DICOMweb, HL7 v2 and terminology parts as a spreadsheet, one row per thing
 * declared under the header {@code part,item,roles,version,transferSyntaxes}:
 *
 * <pre>
 * part,item,roles,version,transferSyntaxes
 * dicom,1.2.840.10008.5.1.4.1.1.2,SCU,,1.2.840.10008.1.2.1;1.2.840.10008.1.2.4.70
 * dicomweb,WADO-RS,origin-server,,
 * hl7,ORU^R01,send,2.5.1,
 * terminology,loinc,,2.78,
 * </pre>
 *
 * <p>{@code roles} holds SCU and/or SCP for a SOP class, origin-server and/or user-agent for a
 * DICOMweb service (several separated by ';'), and send or receive for an HL7 message; {@code
 * version} the HL7 version or the code system's release. Reading accepts what spreadsheets save (as
 * {@link StatementCsv} does), checks the form of every line and reports each bad one by its number;
 * whether a SOP class or code system is known is for the statement check. Writing gives a file that
 * reads back unchanged.
 */
public final class ConformanceCsv {

    private static final List<String> HEADER = List.of("part", "item", "roles", "version", "transferSyntaxes");

    private ConformanceCsv() {
    }

    /**
     * The parts in {@code csv}, in the file's order.
     *
     * @throws StatementFormatException listing every line that cannot be read, names an unknown part, a
     *         malformed UID, message or version, a role of the wrong kind, or a wrong header
     */
    public static ConformanceClaims read(String csv) {
        List<CsvReader.Record> records = CsvReader.read(csv).stream().filter(r -> !r.isBlank()).toList();
        List<Problem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            throw new StatementFormatException(List.of(new Problem(1, "The file is empty: its first line should be "
                    + "the header " + String.join(",", HEADER) + ", followed by one line per thing declared.")));
        }
        CsvReader.Record header = records.getFirst();
        if (!header.problem().isEmpty() || !header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList().equals(HEADER.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList())) {
            problems.add(new Problem(header.line(), "The first line should be the header " + String.join(",", HEADER)
                    + "; it is \"" + FieldLimits.quoted(String.join(",", header.fields())) + "\"."));
        }
        List<DicomClaim> dicom = new ArrayList<>();
        List<DicomWebClaim> dicomweb = new ArrayList<>();
        List<Hl7Claim> hl7 = new ArrayList<>();
        List<CodeSystemClaim> terminology = new ArrayList<>();
        for (CsvReader.Record row : records.subList(1, records.size())) {
            int line = row.line();
            if (row.problem().isPresent()) {
                problems.add(new Problem(line, "This line cannot be read: " + row.problem().get() + "."));
                continue;
            }
            List<String> f = row.fields().stream().map(CsvWriter::unguard).map(String::strip).toList();
            if (f.size() != HEADER.size()) {
                problems.add(new Problem(line, "Expected 5 fields (part, item, roles, version, transferSyntaxes), "
                        + "found " + f.size() + ". Leave a field empty where it does not apply."));
                continue;
            }
            String item = f.get(1);
            switch (f.get(0).toLowerCase(Locale.ROOT)) {
                case "dicom" -> {
                    boolean ok = uid(line, item, "The SOP class", problems);
                    Set<DicomRole> roles = roles(line, f.get(2), DicomRole.class, problems);
                    List<String> syntaxes = split(f.get(4));
                    syntaxes.forEach(t -> uid(line, t, "The transfer syntax", problems));
                    if (ok && !roles.isEmpty()) {
                        dicom.add(new DicomClaim(item, roles, syntaxes));
                    }
                }
                case "dicomweb" -> {
                    Set<DicomWebRole> roles = roles(line, f.get(2), DicomWebRole.class, problems);
                    if (item.isEmpty()) {
                        problems.add(new Problem(line, "Name the DICOMweb service, such as WADO-RS."));
                    } else if (!roles.isEmpty()) {
                        dicomweb.add(new DicomWebClaim(item, roles));
                    }
                }
                case "hl7" -> {
                    boolean ok = matches(line, item, Syntax.message(item), "The message", "a message type with trigger event, "
                            + "such as ORU^R01", problems);
                    ok &= matches(line, f.get(3), Syntax.hl7Version(f.get(3)), "The version", "an HL7 v2 version number, such as 2.5.1",
                            problems);
                    Optional<Hl7Direction> direction = Term.fromSlug(Hl7Direction.class, f.get(2).toLowerCase(Locale.ROOT));
                    if (direction.isEmpty()) {
                        problems.add(new Problem(line, "The direction of an HL7 row (roles) is \""
                                + FieldLimits.quoted(f.get(2)) + "\"; it must be send or receive."));
                    } else if (ok) {
                        hl7.add(new Hl7Claim(item, f.get(3), direction.get()));
                    }
                }
                case "terminology" -> {
                    if (item.isEmpty()) {
                        problems.add(new Problem(line, "Name the code system by its catalog id, such as loinc."));
                    } else {
                        terminology.add(new CodeSystemClaim(item, f.get(3)));
                    }
                }
                default -> problems.add(new Problem(line, "The part is \"" + FieldLimits.quoted(f.get(0))
                        + "\"; it must be dicom, dicomweb, hl7 or terminology."));
            }
        }
        if (!problems.isEmpty()) {
            throw new StatementFormatException(problems);
        }
        return new ConformanceClaims(dicom, dicomweb, hl7, terminology);
    }

    /** The parts in the format {@link #read} reads, starting with a byte-order mark, with CRLF line ends. */
    public static String write(ConformanceClaims c) {
        CsvWriter out = new CsvWriter().row(HEADER);
        for (DicomClaim d : c.dicom()) {
            out.row(List.of("dicom", d.sopClass(), String.join(";", d.roles().stream().map(DicomRole::slug).toList()), "",
                    String.join(";", d.transferSyntaxes())));
        }
        for (DicomWebClaim d : c.dicomweb()) {
            out.row(List.of("dicomweb", d.service(), String.join(";", d.roles().stream().map(DicomWebRole::slug)
                    .toList()), "", ""));
        }
        for (Hl7Claim h : c.hl7()) {
            out.row(List.of("hl7", h.message(), h.direction().slug(), h.version(), ""));
        }
        for (CodeSystemClaim t : c.terminology()) {
            out.row(List.of("terminology", t.codeSystem(), "", t.version(), ""));
        }
        return out.text();
    }

    private static <E extends Enum<E> & Term> Set<E> roles(int line, String field, Class<E> type,
            List<Problem> problems) {
        Set<E> roles = EnumSet.noneOf(type);
        List<String> given = split(field);
        if (given.isEmpty()) {
            problems.add(new Problem(line, "Name at least one role: " + Term.slugs(type) + "."));
        }
        for (String slug : given) {
            Optional<E> role = Arrays.stream(type.getEnumConstants()).filter(e -> e.slug().equalsIgnoreCase(slug))
                    .findFirst();
            if (role.isEmpty()) {
                problems.add(new Problem(line, "\"" + FieldLimits.quoted(slug) + "\" is not a role here; use "
                        + Term.slugs(type) + "."));
            }
            role.ifPresent(roles::add);
        }
        return roles;
    }

    private static boolean uid(int line, String uid, String what, List<Problem> problems) {
        if (!Syntax.uid(uid)) {
            problems.add(new Problem(line, what + " \"" + FieldLimits.quoted(uid) + "\" is not a DICOM UID: "
                    + Syntax.UID_RULE + "."));
            return false;
        }
        return true;
    }

    private static boolean matches(int line, String value, boolean matches, String what, String expected,
            List<Problem> problems) {
        if (!matches) {
            problems.add(new Problem(line, what + " is \"" + FieldLimits.quoted(value) + "\"; it must be " + expected
                    + "."));
            return false;
        }
        return true;
    }

    private static List<String> split(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
