package org.rspnavigator.procurement.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.rspnavigator.model.Category;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.conformance.Vocabulary;
import org.rspnavigator.procurement.rfp.ConformanceData;
import org.rspnavigator.procurement.rfp.Requirement;

/**
 * Holds a requirement on a DICOM, HL7 v2 or terminology standard against the conformance parts a
 * statement declares ({@link ConformanceClaims}):
 *
 * <ul>
 * <li>DICOM: each role the vocabulary expects of the requirement's system ({@link Vocabulary#expected})
 * must be declared for its SOP class or DICOMweb service. All declared is met; some, or a SOP class
 * declared in the other role only, is partly met, saying what is missing; none is not met.</li>
 * <li>HL7 v2: each message the system sends or receives under the standard
 * ({@link ConformanceData#hl7Role}) must be declared in that direction, in a version the requirement
 * binds ({@link ConformanceData#hl7VersionNumbers}); a message declared in another version only is
 * partly met.</li>
 * <li>Terminology: the code system must be declared; declared without its release is partly met.</li>
 * </ul>
 *
 * <p>It says nothing ({@link Optional#empty()}) where the catalog gives no role to check, or where
 * the statement has no part of that kind at all: a statement of IHE profiles only is not held to have
 * failed a DICOM requirement it does not speak to.
 */
final class ConformanceAssessment {

    private final Vocabulary vocabulary;
    private final ConformanceData data;

    ConformanceAssessment(Vocabulary vocabulary, ConformanceData data) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.data = Objects.requireNonNull(data, "data");
    }

    /** The fit of {@code r}, a requirement on {@code s}, against {@code claims}; empty when they cannot tell. */
    Optional<GapRow> assess(Requirement r, Standard s, ConformanceClaims claims) {
        return part(s).flatMap(p -> switch (p) {
            case HL7 -> hl7(r, s, claims);
            case DICOM -> dicom(r, s, claims);
            case TERMINOLOGY -> terminology(r, s, claims);
        });
    }

    /** The part of a statement a requirement on a standard is declared in. */
    enum Part {
        DICOM("DICOM conformance"), HL7("HL7 v2"), TERMINOLOGY("code system");

        private final String words;

        Part(String words) {
            this.words = words;
        }

        /** "DICOM conformance": as "The statement declares no … part" says it. */
        String words() {
            return words;
        }
    }

    /** The part {@code s} is declared in: HL7 v2 where the catalog binds its versions, DICOM, terminology; or none. */
    Optional<Part> part(Standard s) {
        if (s.sdos().contains(Sdo.HL7) && !data.hl7VersionNumbers(s.id()).isEmpty()) {
            return Optional.of(Part.HL7);
        }
        if (s.sdos().contains(Sdo.DICOM)) {
            return Optional.of(Part.DICOM);
        }
        return s.category() == Category.DATA ? Optional.of(Part.TERMINOLOGY) : Optional.empty();
    }

    /** Whether the catalog says what a requirement on {@code s} for {@code systemType} asks to declare. */
    boolean assessable(Standard s, String systemType) {
        return part(s).filter(p -> switch (p) {
            case HL7 -> data.hl7Role(s.id(), systemType).filter(h -> !h.sends().isEmpty() || !h.receives().isEmpty())
                    .isPresent();
            case DICOM -> !vocabulary.expected(s.id(), systemType).isEmpty();
            case TERMINOLOGY -> true;
        }).isPresent();
    }

    // ---------------------------------------------------------------- DICOM

    /**
     * One role to declare, and what the statement declares of it.
     *
     * @param subject    "CT Image Storage (1.2.840.10008.5.1.4.1.1.2)", "DICOMweb WADO-RS"
     * @param otherRoles the roles declared for the subject when it is not met: "SCP", or ""
     */
    private record Check(String subject, String role, boolean met, String otherRoles) {
    }

    private Optional<GapRow> dicom(Requirement r, Standard s, ConformanceClaims claims) {
        List<Vocabulary.Expected> expected = vocabulary.expected(s.id(), r.system());
        if (expected.isEmpty() || claims.dicom().isEmpty() && claims.dicomweb().isEmpty()) {
            return Optional.empty();
        }
        // The roles of one SOP class are told together: "CT Image Storage as SCP and SCU".
        Map<String, List<Check>> bySubject = new LinkedHashMap<>();
        for (Vocabulary.Expected e : expected) {
            Check c = switch (e) {
                case Vocabulary.ExpectedSop sop -> sop(sop, claims);
                case Vocabulary.ExpectedService service -> service(service, claims);
            };
            bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
        }
        List<String> declared = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean otherRoleOnly = false;
        for (Map.Entry<String, List<Check>> e : bySubject.entrySet()) {
            List<String> metRoles = e.getValue().stream().filter(Check::met).map(Check::role).toList();
            List<Check> unmet = e.getValue().stream().filter(c -> !c.met()).toList();
            if (!metRoles.isEmpty()) {
                declared.add(e.getKey() + " as " + String.join(" and ", metRoles));
            }
            if (!unmet.isEmpty()) {
                String other = unmet.get(0).otherRoles();
                otherRoleOnly |= metRoles.isEmpty() && !other.isEmpty();
                missing.add(e.getKey() + " as " + unmet.stream().map(Check::role).collect(Collectors.joining(" and "))
                        + (metRoles.isEmpty() && !other.isEmpty() ? " (it declares it as " + other + " only)" : ""));
            }
        }
        String templates = vocabulary.templates(s.id()).isEmpty() ? "" : " Whether the objects follow "
                + String.join(" and ", vocabulary.templates(s.id())) + " is for the DICOM Conformance Statement to show.";
        if (missing.isEmpty()) {
            return Optional.of(new GapRow(r, Fit.MET, "Declares " + list(declared) + "." + templates));
        }
        if (declared.isEmpty() && !otherRoleOnly) {
            return Optional.of(new GapRow(r, Fit.NOT_MET, "Its DICOM conformance part does not declare "
                    + list(missing) + "."));
        }
        return Optional.of(new GapRow(r, Fit.PARTLY_MET, (declared.isEmpty() ? "Does" : "Declares " + list(declared)
                + "; does") + " not declare " + list(missing) + "."));
    }

    private Check sop(Vocabulary.ExpectedSop e, ConformanceClaims claims) {
        String names = e.anyOf().stream().map(vocabulary::sopClassName).collect(Collectors.joining(" or "));
        boolean met = e.anyOf().stream().anyMatch(uid -> claims.roles(uid).contains(e.role()));
        String other = e.anyOf().stream().map(claims::roles).filter(roles -> !roles.isEmpty())
                .map(roles -> roles.stream().map(DicomRole::label).collect(Collectors.joining(" and ")))
                .findFirst().orElse("");
        return new Check(names, e.role().label(), met, other);
    }

    private Check service(Vocabulary.ExpectedService e, ConformanceClaims claims) {
        Set<DicomWebRole> roles = claims.serviceRoles(e.service());
        String other = roles.stream().map(DicomWebRole::label).collect(Collectors.joining(" and "));
        return new Check("DICOMweb " + e.service(), e.role().label(), roles.contains(e.role()), other);
    }

    // ---------------------------------------------------------------- HL7 v2

    private Optional<GapRow> hl7(Requirement r, Standard s, ConformanceClaims claims) {
        Optional<ConformanceData.Hl7Role> role = data.hl7Role(s.id(), r.system());
        if (role.isEmpty() || role.get().sends().isEmpty() && role.get().receives().isEmpty()
                || claims.hl7().isEmpty()) {
            return Optional.empty();
        }
        List<String> versions = data.hl7VersionNumbers(s.id());
        List<String> declared = new ArrayList<>();
        List<String> otherVersion = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        check(role.get().sends(), Hl7Direction.SEND, versions, claims, declared, otherVersion, missing);
        check(role.get().receives(), Hl7Direction.RECEIVE, versions, claims, declared, otherVersion, missing);
        String binds = "the requirement binds " + or(versions.stream().map(v -> "v" + v).toList());
        if (otherVersion.isEmpty() && missing.isEmpty()) {
            return Optional.of(new GapRow(r, Fit.MET, "Declares that it " + list(declared) + "."));
        }
        if (declared.isEmpty() && otherVersion.isEmpty()) {
            return Optional.of(new GapRow(r, Fit.NOT_MET, "Its HL7 v2 part does not declare that it " + list(missing)
                    + "."));
        }
        List<String> parts = new ArrayList<>();
        if (!declared.isEmpty()) {
            parts.add("Declares that it " + list(declared));
        }
        if (!otherVersion.isEmpty()) {
            parts.add((parts.isEmpty() ? "Declares" : "declares") + " that it " + list(otherVersion) + ", where "
                    + binds);
        }
        if (!missing.isEmpty()) {
            parts.add((parts.isEmpty() ? "Does" : "does") + " not declare that it " + list(missing));
        }
        return Optional.of(new GapRow(r, Fit.PARTLY_MET, String.join("; ", parts) + "."));
    }

    private static void check(List<String> messages, Hl7Direction direction, List<String> versions,
            ConformanceClaims claims, List<String> declared, List<String> otherVersion, List<String> missing) {
        for (String message : messages) {
            List<Hl7Claim> rows = claims.hl7(message, direction);
            Optional<Hl7Claim> inVersion = rows.stream().filter(h -> versions.contains(h.version())).findFirst();
            if (inVersion.isPresent()) {
                declared.add(direction.label() + " " + message + " (v" + inVersion.get().version() + ")");
            } else if (!rows.isEmpty()) {
                otherVersion.add(direction.label() + " " + message + " in " + or(rows.stream().map(h -> "v" + h.version())
                        .distinct().toList()) + " only");
            } else {
                missing.add(direction.label() + " " + message);
            }
        }
    }

    // ---------------------------------------------------------------- terminology

    private Optional<GapRow> terminology(Requirement r, Standard s, ConformanceClaims claims) {
        if (claims.terminology().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(claims.codeSystem(s.id()).map(c -> c.version().isBlank()
                ? new GapRow(r, Fit.PARTLY_MET, "Declares " + s.briefName() + " among the code systems it uses, "
                        + "without stating the release; the requirement binds "
                        + data.terminologyVersion(s.id(), Optional.empty()).orElse("a stated release") + ".")
                : new GapRow(r, Fit.MET, "Declares " + s.briefName() + ", release " + c.version()
                        + ", among the code systems it uses."))
                .orElseGet(() -> new GapRow(r, Fit.NOT_MET, "Does not declare " + s.briefName()
                        + " among the code systems it uses.")));
    }

    // ---------------------------------------------------------------- words

    /** "A", "A and B", "A, B and C". */
    private static String list(List<String> items) {
        return CatalogNames.alternatives(items, "and");
    }

    private static String or(List<String> items) {
        return CatalogNames.alternatives(items, "or");
    }
}
