package org.rspnavigator.procurement.statement;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Standard;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.conformance.Vocabulary;

/**
 * The statement check's part for the DICOM, DICOMweb, HL7 and terminology parts ({@link StatementChecker}):
 *
 * <ul>
 * <li>Errors: a SOP class, a DICOMweb service or a code system listed twice; an HL7 row listed twice; a
 * DICOMweb service PS3.18 does not define; a code system the catalog does not have; a release longer
 * than {@link FieldLimits#VERSION}.</li>
 * <li>Warnings: a SOP class or HL7 message the catalog's vocabulary does not know (shown as written, and
 * no requirement can be met by it); and, once the statement has a DICOM (or HL7) part, each DICOM role
 * (or HL7 message) an IHE transaction of a claimed actor carries that the part does not declare, with
 * the DICOM rows that would fix it.</li>
 * </ul>
 */
final class ConformanceChecker {

    private final Catalog catalog;
    private final Vocabulary vocabulary;

    ConformanceChecker(Catalog catalog, Vocabulary vocabulary) {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
    }

    void check(IntegrationStatement statement, List<Finding> findings) {
        ConformanceClaims c = statement.conformance();
        Set<String> seen = new HashSet<>();
        for (DicomClaim d : c.dicom()) {
            if (!seen.add(d.sopClass())) {
                findings.add(error("The SOP class " + vocabulary.sopClassName(d.sopClass()) + " is listed twice in "
                        + "the DICOM part: list it once, with all its roles."));
            } else if (vocabulary.sopClass(d.sopClass()).isEmpty()) {
                findings.add(warning("The SOP class " + d.sopClass() + " is not in the catalog's DICOM vocabulary: it "
                        + "is shown by its UID, and no requirement is met by it. Check the UID against DICOM PS3.6."));
            }
        }
        seen.clear();
        for (DicomWebClaim d : c.dicomweb()) {
            if (vocabulary.service(d.service()).isEmpty()) {
                findings.add(error("'" + FieldLimits.quoted(d.service()) + "' is not a DICOMweb service of PS3.18: "
                        + "use " + CatalogNames.alternatives(vocabulary.services().stream().map(Vocabulary.Service::id)
                                .toList(), "or") + "."));
            } else if (!seen.add(d.service())) {
                findings.add(error("The DICOMweb service " + d.service() + " is listed twice: list it once, with all "
                        + "its roles."));
            }
        }
        Set<Hl7Claim> rows = new HashSet<>();
        for (Hl7Claim h : c.hl7()) {
            if (!rows.add(h)) {
                findings.add(error("The HL7 row " + h.message() + " " + h.direction().slug() + " v" + h.version()
                        + " is listed twice."));
            } else if (vocabulary.message(h.message()).isEmpty()) {
                findings.add(warning("The HL7 message " + h.message() + " is not in the catalog's vocabulary: it is "
                        + "shown as written, and no requirement is met by it."));
            }
        }
        seen.clear();
        for (CodeSystemClaim t : c.terminology()) {
            Optional<Standard> s = catalog.standard(t.codeSystem()).filter(x -> x.category() == Category.DATA);
            if (s.isEmpty()) {
                findings.add(error("'" + FieldLimits.quoted(t.codeSystem()) + "' is not a terminology of the catalog: "
                        + "use the id of one of " + CatalogNames.alternatives(catalog.standards().stream()
                                .filter(x -> x.category() == Category.DATA).map(Standard::id).toList(), "and") + "."));
            } else if (!seen.add(t.codeSystem())) {
                findings.add(error(s.get().briefName() + " is listed twice among the code systems: list it once."));
            }
            FieldLimits.tooLong("The release of " + t.codeSystem(), "version", t.version(), FieldLimits.VERSION)
                    .ifPresent(m -> findings.add(error(m)));
        }
        implied(statement, findings);
    }

    /** The DICOM roles and HL7 messages the claimed actors' transactions carry, where a part leaves them out. */
    private void implied(IntegrationStatement statement, List<Finding> findings) {
        ConformanceClaims c = statement.conformance();
        boolean dicomPart = !c.dicom().isEmpty();
        boolean hl7Part = !c.hl7().isEmpty();
        if (!dicomPart && !hl7Part) {
            return;
        }
        for (ProfileClaim claim : statement.profiles()) {
            Optional<Profile> found = catalog.profile(claim.profile());
            if (found.isEmpty()) {
                continue;
            }
            Profile profile = found.get();
            for (ActorClaim actor : claim.actors()) {
                for (ProfileTransaction t : profile.transactions()) {
                    boolean initiates = t.initiators().contains(actor.actor());
                    boolean responds = t.responders().contains(actor.actor());
                    if (!initiates && !responds) {
                        continue;
                    }
                    Optional<Vocabulary.Carried> carried = vocabulary.carried(profile.id(), t.id());
                    if (carried.isEmpty()) {
                        continue;
                    }
                    if (dicomPart) {
                        for (Vocabulary.CarriedSop sop : carried.get().dicom()) {
                            if (initiates) {
                                dicom(findings, c, profile, actor.actor(), t, sop, sop.initiator(), "initiates");
                            }
                            if (responds) {
                                dicom(findings, c, profile, actor.actor(), t, sop, sop.responder(), "answers");
                            }
                        }
                    }
                    if (hl7Part) {
                        for (String message : carried.get().hl7()) {
                            if (initiates) {
                                hl7(findings, c, profile, actor.actor(), t, message, Hl7Direction.SEND);
                            }
                            if (responds) {
                                hl7(findings, c, profile, actor.actor(), t, message, Hl7Direction.RECEIVE);
                            }
                        }
                    }
                }
            }
        }
    }

    private void dicom(List<Finding> findings, ConformanceClaims c, Profile profile, String actor, ProfileTransaction t,
            Vocabulary.CarriedSop sop, DicomRole role, String verb) {
        String what;
        Optional<String> fix;
        if (sop.anyImage()) {
            boolean declared = c.dicom().stream().anyMatch(d -> d.roles().contains(role)
                    && vocabulary.sopClass(d.sopClass()).filter(Vocabulary.SopClass::image).isPresent());
            if (declared) {
                return;
            }
            what = "an image Storage SOP class";
            fix = Optional.empty();
        } else {
            if (sop.anyOf().stream().anyMatch(uid -> c.roles(uid).contains(role))) {
                return;
            }
            what = sop.anyOf().stream().map(vocabulary::sopClassName).reduce((a, b) -> a + " or " + b).orElse("");
            fix = Optional.of(sop.anyOf().getFirst());
        }
        String message = "The " + actor + " of " + profile.acronym() + " " + verb + " " + t.id() + " " + t.name()
                + ", which needs " + what + " as " + role.label() + "; the DICOM part does not declare it"
                + (fix.isPresent() ? "." : ": add the image Storage SOP classes the product " + (role == DicomRole.SCU
                        ? "sends." : "stores.")) + CatalogNames.unconfirmed(t.verification())
                        .map(how -> " (The catalog " + how + " this transaction.)").orElse("");
        ConformanceClaims declaration = fix.map(uid -> new ConformanceClaims(List.of(new DicomClaim(uid,
                EnumSet.of(role), List.of())), List.of(), List.of(), List.of())).orElse(ConformanceClaims.NONE);
        Finding finding = new Finding(Severity.WARNING, profile.id(), actor, message, Optional.empty(), declaration);
        if (!findings.contains(finding)) {
            findings.add(finding);
        }
    }

    private void hl7(List<Finding> findings, ConformanceClaims c, Profile profile, String actor, ProfileTransaction t,
            String message, Hl7Direction direction) {
        if (!c.hl7(message, direction).isEmpty()) {
            return;
        }
        String text = "The " + actor + " of " + profile.acronym() + " " + (direction == Hl7Direction.SEND ? "sends "
                : "receives ") + message + " in " + t.id() + " " + t.name() + "; the HL7 part does not declare that it "
                + direction.label() + " it." + CatalogNames.unconfirmed(t.verification())
                        .map(how -> " (The catalog " + how + " this transaction.)").orElse("");
        Finding finding = new Finding(Severity.WARNING, profile.id(), actor, text, Optional.empty());
        if (!findings.contains(finding)) {
            findings.add(finding);
        }
    }

    private static Finding error(String message) {
        return new Finding(Severity.ERROR, "", "", message, Optional.empty());
    }

    private static Finding warning(String message) {
        return new Finding(Severity.WARNING, "", "", message, Optional.empty());
    }
}
