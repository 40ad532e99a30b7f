package org.rspnavigator.documents.rfp.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.EnumSet;
import java.util.Set;

import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Standard;
import org.rspnavigator.procurement.conformance.CodeSystemClaim;
import org.rspnavigator.procurement.conformance.ConformanceClaims;
import org.rspnavigator.procurement.conformance.DicomClaim;
import org.rspnavigator.procurement.conformance.DicomRole;
import org.rspnavigator.procurement.conformance.DicomWebClaim;
import org.rspnavigator.procurement.conformance.DicomWebRole;
import org.rspnavigator.procurement.conformance.Hl7Claim;
import org.rspnavigator.procurement.conformance.Hl7Direction;
import org.rspnavigator.procurement.conformance.Vocabulary;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.Bidder;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;
import org.rspnavigator.procurement.statement.StatementLinks;

/**
 * The largest IHE Integration Statement the catalog allows: every profile, every actor of it
 * claimed, with every option, and full DICOM, DICOMweb, HL7 and terminology parts; and bidders for the largest RFP whose statements each leave a
 * different part of it out, so that their columns mix met, partly met and not met.
 */
final class LargestStatement {

    private LargestStatement() {
    }

    static IntegrationStatement statement() {
        return bidderStatement("Benchmark Imaging Systems", -1);
    }

    /** Five bidders, each with one statement. */
    static List<Bidder> bidders() {
        List<Bidder> bidders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "Bidder " + (char) ('A' + i);
            bidders.add(new Bidder(name, List.of(bidderStatement(name + " Systems", i))));
        }
        return bidders;
    }

    /**
     * Every profile, actor and option, except (for bidder {@code k} of five, k ≥ 0) every fifth
     * profile and the options of every third actor, shifted by k.
     */
    private static IntegrationStatement bidderStatement(String vendor, int k) {
        List<ProfileClaim> profiles = new ArrayList<>();
        int p = 0;
        int a = 0;
        for (Profile profile : LargestRfp.CATALOG.profiles()) {
            if (k >= 0 && (p++ + k) % 5 == 0) {
                continue;
            }
            List<ActorClaim> actors = new ArrayList<>();
            for (ProfileActor actor : profile.actors()) {
                boolean options = k < 0 || (a++ + k) % 3 != 0;
                actors.add(new ActorClaim(actor.name(),
                        options ? actor.options().stream().map(ActorOption::name).toList() : List.of()));
            }
            if (!actors.isEmpty()) {
                profiles.add(new ProfileClaim(profile.id(), actors));
            }
        }
        return new IntegrationStatement(vendor, "Enterprise Imaging Suite", "12.4", LocalDate.of(2026, 11, 22), "",
                new StatementLinks("https://vendor.example/ihe", "https://vendor.example/dicom",
                        "https://vendor.example/hl7"), profiles, conformance(k));
    }

    /**
     * Full DICOM, DICOMweb, HL7 and terminology parts: every SOP class of the vocabulary in both roles
     * with three transfer syntaxes, every DICOMweb service both ways, every HL7 message both ways in
     * v2.5.1 and v2.3.1, every code system with a release; for bidder {@code k} of five (k ≥ 0), every
     * seventh SOP class in one role only and every fourth code system without a release, shifted by k.
     */
    private static ConformanceClaims conformance(int k) {
        Vocabulary vocabulary = Vocabulary.fromClasspath();
        List<DicomClaim> dicom = new ArrayList<>();
        int i = 0;
        for (Vocabulary.SopClass sop : vocabulary.sopClasses()) {
            Set<DicomRole> roles = k >= 0 && (i++ + k) % 7 == 0 ? EnumSet.of(DicomRole.SCP)
                    : EnumSet.allOf(DicomRole.class);
            dicom.add(new DicomClaim(sop.uid(), roles, List.of("1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.70",
                    "1.2.840.10008.1.2.4.90")));
        }
        List<DicomWebClaim> web = vocabulary.services().stream()
                .map(s -> new DicomWebClaim(s.id(), EnumSet.allOf(DicomWebRole.class))).toList();
        List<Hl7Claim> hl7 = new ArrayList<>();
        for (Vocabulary.Message m : vocabulary.messages()) {
            for (Hl7Direction d : Hl7Direction.values()) {
                hl7.add(new Hl7Claim(m.type(), "2.5.1", d));
                hl7.add(new Hl7Claim(m.type(), "2.3.1", d));
            }
        }
        List<CodeSystemClaim> terminology = new ArrayList<>();
        int t = 0;
        for (Standard s : LargestRfp.CATALOG.standards()) {
            if (s.category() == Category.DATA) {
                terminology.add(new CodeSystemClaim(s.id(), k >= 0 && (t++ + k) % 4 == 0 ? "" : "2026"));
            }
        }
        return new ConformanceClaims(dicom, web, hl7, terminology);
    }

    static String describe(IntegrationStatement statement) {
        int actors = statement.profiles().stream().mapToInt(p -> p.actors().size()).sum();
        int options = statement.profiles().stream().flatMap(p -> p.actors().stream())
                .mapToInt(c -> c.options().size()).sum();
        ConformanceClaims c = statement.conformance();
        return "%d profiles, %d actors, %d options; %d SOP classes, %d DICOMweb, %d HL7 and %d terminology rows"
                .formatted(statement.profiles().size(), actors, options, c.dicom().size(), c.dicomweb().size(),
                        c.hl7().size(), c.terminology().size());
    }
}
