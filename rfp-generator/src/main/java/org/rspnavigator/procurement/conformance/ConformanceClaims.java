package org.rspnavigator.procurement.conformance;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A product's conformance beside its IHE Integration Statement, as data: the DICOM part (SOP classes
 * with roles and transfer syntaxes), the DICOMweb services, the HL7 v2 part (messages with version and
 * direction) and the code systems it uses. What the vendor wrote, right or wrong; the statement checker
 * says what is wrong with it.
 */
public record ConformanceClaims(List<DicomClaim> dicom, List<DicomWebClaim> dicomweb, List<Hl7Claim> hl7,
        List<CodeSystemClaim> terminology) {

    /** Nothing declared: a statement of format version 1, or one whose vendor declares no conformance. */
    public static final ConformanceClaims NONE = new ConformanceClaims(List.of(), List.of(), List.of(), List.of());

    public ConformanceClaims {
        dicom = dicom == null ? List.of() : List.copyOf(dicom);
        dicomweb = dicomweb == null ? List.of() : List.copyOf(dicomweb);
        hl7 = hl7 == null ? List.of() : List.copyOf(hl7);
        terminology = terminology == null ? List.of() : List.copyOf(terminology);
    }

    /** Whether nothing is declared. */
    public boolean isEmpty() {
        return dicom.isEmpty() && dicomweb.isEmpty() && hl7.isEmpty() && terminology.isEmpty();
    }

    /** The roles declared for a SOP class over all its rows; empty when it is not declared. */
    public Set<DicomRole> roles(String sopClass) {
        Set<DicomRole> roles = EnumSet.noneOf(DicomRole.class);
        dicom.stream().filter(d -> d.sopClass().equals(sopClass)).forEach(d -> roles.addAll(d.roles()));
        return roles;
    }

    /** The roles declared for a DICOMweb service; empty when it is not declared. */
    public Set<DicomWebRole> serviceRoles(String service) {
        Set<DicomWebRole> roles = EnumSet.noneOf(DicomWebRole.class);
        dicomweb.stream().filter(d -> d.service().equals(service)).forEach(d -> roles.addAll(d.roles()));
        return roles;
    }

    /** The HL7 rows of a message in a direction, in the vendor's order. */
    public List<Hl7Claim> hl7(String message, Hl7Direction direction) {
        return hl7.stream().filter(h -> h.message().equals(message) && h.direction() == direction).toList();
    }

    /** The code system row for a terminology, the first if declared twice. */
    public Optional<CodeSystemClaim> codeSystem(String id) {
        return terminology.stream().filter(t -> t.codeSystem().equals(id)).findFirst();
    }

    /**
     * These claims with {@code addition}'s declared as well: a DICOM row for a SOP class already listed
     * gains the roles and transfer syntaxes it lacks, and every other row is added after the others
     * unless it is already there. What a one-click fix of the statement check does.
     */
    public ConformanceClaims with(ConformanceClaims addition) {
        List<DicomClaim> rows = new java.util.ArrayList<>(dicom);
        for (DicomClaim add : addition.dicom) {
            int at = -1;
            for (int i = 0; i < rows.size() && at < 0; i++) {
                at = rows.get(i).sopClass().equals(add.sopClass()) ? i : -1;
            }
            if (at < 0) {
                rows.add(add);
            } else {
                DicomClaim old = rows.get(at);
                Set<DicomRole> roles = EnumSet.copyOf(old.roles());
                roles.addAll(add.roles());
                List<String> syntaxes = new java.util.ArrayList<>(old.transferSyntaxes());
                add.transferSyntaxes().stream().filter(t -> !syntaxes.contains(t)).forEach(syntaxes::add);
                rows.set(at, new DicomClaim(old.sopClass(), roles, syntaxes));
            }
        }
        return new ConformanceClaims(rows, union(dicomweb, addition.dicomweb), union(hl7, addition.hl7),
                union(terminology, addition.terminology));
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    /** These claims and {@code other}'s together (a bidder offering several products). */
    public ConformanceClaims and(ConformanceClaims other) {
        return new ConformanceClaims(concat(dicom, other.dicom), concat(dicomweb, other.dicomweb),
                concat(hl7, other.hl7), concat(terminology, other.terminology));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return b.isEmpty() ? a : a.isEmpty() ? b : java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
