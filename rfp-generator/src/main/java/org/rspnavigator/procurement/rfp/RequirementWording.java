package org.rspnavigator.procurement.rfp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.AdoptionRating;
import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Category;
import org.rspnavigator.model.Footnote;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Sdo;
import org.rspnavigator.model.Standard;
import org.rspnavigator.model.SystemType;
import org.rspnavigator.model.UseCase;
import org.rspnavigator.model.UseCaseRow;
import org.rspnavigator.procurement.rfp.RequirementSubject.ProfileActor;
import org.rspnavigator.procurement.rfp.RequirementSubject.StandardSupport;

/**
 * Words requirements so that they can be tested and bind: the system's role, the version that
 * binds it and the evidence asked ({@link Conformance}), what is done with a legacy standard's old
 * and new data, and the transitions a region's footnote calls for ({@link AcceptedAlternative}).
 * Facts of standards come from the catalog ({@link ConformanceData}); what is generic is ruled here.
 */
final class RequirementWording {

    /** The version clause of every DICOM requirement. */
    static final String DICOM_EDITION = "the DICOM Standard edition current at the date of issue of this RFP";
    static final String DICOM_EVIDENCE = "DICOM Conformance Statement (PS3.2), section naming the SOP classes and "
            + "the role (SCU/SCP, creator or consumer) for each";
    static final String IHE_EVIDENCE = "IHE Integration Statement; IHE Connectathon results or an IHE Product "
            + "Registry entry for this actor, if available";
    static final String HL7_EVIDENCE = "HL7 v2 interface specification (conformance statement) listing each message "
            + "type and trigger event above with its version and direction; sample messages on request";
    static final String TERMINOLOGY_EVIDENCE = "Product documentation naming the attributes, segments or fields that "
            + "carry the codes and the release used; sample objects or messages showing them";

    private final Catalog catalog;
    private final ConformanceData data;

    RequirementWording(Catalog catalog, ConformanceData data) {
        this.catalog = catalog;
        this.data = data;
    }

    /** A sentence and what makes it testable. */
    record Worded(String text, Conformance conformance) {
    }

    /** "ISO 21860:2020 Table 6, row “IHE SWF.b”, device to department integration". */
    static String rowReason(UseCase u, UseCaseRow row) {
        String where = u.derived()
                ? "ISO 21860:2020 clause " + row.basis().orElse("5") + " (use case derived by RSP Navigator)"
                : "ISO 21860:2020 Table " + u.table().orElseThrow();
        return where + ", row “" + row.label() + "”, " + lowerFirst(u.name());
    }

    /** The one-line rationale of a portfolio requirement: the rows that put it there, and its clause. */
    static String rationale(List<String> rowReasons, Standard s) {
        List<String> distinct = rowReasons.stream().distinct().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            out.add(i == 0 ? distinct.get(i) : distinct.get(i).replaceFirst("^ISO 21860:2020 ", ""));
        }
        return String.join("; ", out) + "; clause " + s.clause() + ".";
    }

    // ---------------------------------------------------------------- standards

    /** A requirement to implement a standard that is not asked for as an IHE actor. */
    Worded standard(SystemType type, Standard s, RequirementLevel level, List<Standard> successors) {
        String lead = "The proposed " + type.name() + " " + level.label() + " ";
        String name = s.briefName() + " (" + s.formalName() + ")";
        if (s.group() == AssessmentGroup.LEGACY && !successors.isEmpty()) {
            return legacy(type, s, level, successors, lead, name);
        }
        Optional<Profile> profile = catalog.profileOf(s);
        if (profile.isPresent()) {
            String role = "An actor of IHE " + profile.get().acronym() + " that the " + type.name()
                    + " plays, named with its options by the bidder";
            return new Worded(lead + "implement " + name + " as the actor(s) of it that the " + type.name()
                    + " plays, named with their options in the bidder's IHE Integration Statement.",
                    new Conformance(role, ihe(profile.get()), IHE_EVIDENCE, ""));
        }
        if (isHl7v2(s)) {
            return hl7(type, s, lead, name);
        }
        if (s.sdos().contains(Sdo.DICOM)) {
            List<String> roles = data.dicomRoles(s.id(), type.id());
            String role = roles.isEmpty() ? "The DICOM role(s) the " + type.name() + " takes for " + s.briefName()
                    + s.specification().map(sp -> " (" + sp + ")").orElse("")
                    + ": each SOP class, with SCU/SCP or creator/consumer, named by the bidder" : String.join("; ", roles);
            String text = roles.isEmpty() ? lead + "implement " + name + " in the DICOM roles its function needs, "
                    + "naming each SOP class and role." : lead + "implement " + name + " as " + inSentence(role) + ".";
            return new Worded(text, new Conformance(role, DICOM_EDITION, DICOM_EVIDENCE, ""));
        }
        if (s.category() == Category.DATA) {
            return terminology(type, s, lead, name);
        }
        String role = s.id().equals("hl7-cda-r2")
                ? "Creator and/or consumer of HL7 CDA R2 documents, each document template (templateId) named by the bidder"
                : "Implementation of " + s.briefName() + " in the " + type.name() + ", as its documentation states";
        return new Worded(lead + "implement " + name + ".",
                new Conformance(role, "the version of " + s.briefName() + " current at the date of issue of this RFP",
                        "Product documentation or conformance statement showing how " + s.briefName()
                                + " is implemented",
                        data.licence(s.id()).orElse("")));
    }

    /** Old data accepted and mapped, new data created with the successor. */
    private Worded legacy(SystemType type, Standard s, RequirementLevel level, List<Standard> successors, String lead,
            String name) {
        String names = successors.stream().map(Standard::briefName).collect(Collectors.joining(" and "));
        String old = data.oldData(s.id()).orElse("accept and process " + s.briefName()
                + " in the data it receives and in the data it holds");
        String fresh = data.newData(s.id()).orElse("create new data with " + names);
        String text = lead + old + "; and it " + level.label() + " " + fresh + ". " + s.briefName() + " is legacy in "
                + "ISO 21860:2020 Table " + s.table() + " and " + names + (successors.size() == 1 ? " supersedes" : " supersede")
                + " it.";
        String role = "Consumer of " + s.briefName() + " in received and archived data (old data); creator of "
                + names + " for new data";
        Conformance c = terminologyOrGeneric(type, s, role);
        return new Worded(text, c);
    }

    private Conformance terminologyOrGeneric(SystemType type, Standard s, String role) {
        if (s.category() == Category.DATA) {
            return new Conformance(role, data.terminologyVersion(s.id(), Optional.empty())
                    .orElse("the release of " + s.briefName() + " current at the date of issue of this RFP"),
                    TERMINOLOGY_EVIDENCE, data.licence(s.id()).orElse(""));
        }
        if (isHl7v2(s)) {
            return new Conformance(role, data.hl7Version(s.id()).orElse("the HL7 v2 version the bidder states"),
                    HL7_EVIDENCE, "");
        }
        return new Conformance(role, s.sdos().contains(Sdo.DICOM) ? DICOM_EDITION
                : "the version of " + s.briefName() + " current at the date of issue of this RFP",
                s.sdos().contains(Sdo.DICOM) ? DICOM_EVIDENCE
                        : "Product documentation showing how old data is accepted and new data is created",
                data.licence(s.id()).orElse(""));
    }

    private Worded terminology(SystemType type, Standard s, String lead, String name) {
        String coded = data.coded(s.id(), type.id()).orElse("the coded data it creates and receives");
        boolean forNewData = catalog.standards().stream().filter(o -> o.group() == AssessmentGroup.LEGACY)
                .filter(o -> data.newData(o.id()).isPresent())
                .anyMatch(o -> catalog.relationsOf(o).stream().anyMatch(v -> v.kind().equals("superseded-by")
                        && v.other().id().equals(s.id())));
        String text = forNewData ? lead + "code the new data it creates with " + name + ": " + coded + "."
                : lead + "code " + coded + " with " + name + ".";
        String role = (forNewData ? "Creator of new data coded with " : "Coding with ") + s.briefName() + ": " + coded;
        return new Worded(text, new Conformance(role, data.terminologyVersion(s.id(), Optional.empty())
                .orElse("the release of " + s.briefName() + " current at the date of issue of this RFP"),
                TERMINOLOGY_EVIDENCE, data.licence(s.id()).orElse("")));
    }

    private Worded hl7(SystemType type, Standard s, String lead, String name) {
        String version = data.hl7Version(s.id()).orElse("the HL7 v2 version the bidder states");
        Optional<ConformanceData.Hl7Role> role = data.hl7Role(s.id(), type.id());
        if (role.isEmpty() || (role.get().sends().isEmpty() && role.get().receives().isEmpty())) {
            String r = "Sender and/or receiver of " + s.briefName() + " messages, each message type, trigger event "
                    + "and direction named by the bidder";
            return new Worded(lead + "exchange " + name + " messages in " + version
                    + ", naming each message type, trigger event and direction.",
                    new Conformance(r, version, HL7_EVIDENCE, ""));
        }
        List<String> parts = new ArrayList<>();
        if (!role.get().sends().isEmpty()) {
            parts.add("sends " + messages(type, s, role.get().sends(), true));
        }
        if (!role.get().receives().isEmpty()) {
            parts.add("receives " + messages(type, s, role.get().receives(), false));
        }
        String r = String.join("; ", parts);
        String verbs = String.join(" and ", parts).replace("sends ", "send ").replace("receives ", "receive ");
        return new Worded(lead + verbs + " messages of " + name + ", in " + version + ".",
                new Conformance(upperFirst(r), version, HL7_EVIDENCE, ""));
    }

    /** "ADT^A01 and ADT^A04 (IHE SWF.b RAD-1 Patient Registration), ADT^A08 ..." citing transactions the catalog has. */
    private String messages(SystemType type, Standard s, List<String> types, boolean sends) {
        List<ConformanceData.Message> known = data.hl7Messages(s.id());
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        String pendingCite = null;
        for (String t : types) {
            String cite = known.stream().filter(m -> m.type().equals(t)).findFirst()
                    .flatMap(m -> cite(type, m, sends)).orElse("");
            if (pendingCite != null && !cite.equals(pendingCite)) {
                out.add(group(pending, pendingCite));
                pending = new ArrayList<>();
            }
            pending.add(t);
            pendingCite = cite;
        }
        if (!pending.isEmpty()) {
            out.add(group(pending, pendingCite));
        }
        return String.join(", ", out);
    }

    private static String group(List<String> types, String cite) {
        String joined = types.size() == 1 ? types.getFirst()
                : String.join(", ", types.subList(0, types.size() - 1)) + " and " + types.getLast();
        return cite.isEmpty() ? joined : joined + " (" + cite + ")";
    }

    /** The transaction, when the catalog's profile data has the system's actor on the right side of it. */
    private Optional<String> cite(SystemType type, ConformanceData.Message m, boolean sends) {
        if (m.profile().isEmpty() || m.transaction().isEmpty()) {
            return Optional.empty();
        }
        Optional<Profile> profile = catalog.profile(m.profile().get());
        if (profile.isEmpty()) {
            return Optional.empty();
        }
        List<String> actors = type.plays().stream().filter(r -> r.profile().equals(m.profile().get()))
                .map(SystemType.ActorRole::actor).toList();
        return profile.get().transactions().stream().filter(t -> t.id().equals(m.transaction().get()))
                .filter(t -> actors.stream().anyMatch(a -> (sends ? t.initiators() : t.responders()).contains(a)))
                .findFirst().map(t -> "IHE " + profile.get().acronym() + " " + t.label());
    }

    // ---------------------------------------------------------------- IHE actors

    Conformance actor(Profile profile, String actor, List<String> options) {
        String role = actor + " of IHE " + profile.acronym() + (options.isEmpty() ? ""
                : " with the " + options.stream().map(o -> "“" + o + "”").collect(Collectors.joining(", "))
                        + (options.size() == 1 ? " option" : " options"));
        return new Conformance(role, ihe(profile), IHE_EVIDENCE, "");
    }

    /** "the IHE Radiology Technical Framework revision current at the date of issue of this RFP". */
    static String ihe(Profile profile) {
        String tf = "the IHE " + profile.domain().label() + " Technical Framework revision current at the date of "
                + "issue of this RFP";
        return profile.status() == ProfileStatus.TRIAL_IMPLEMENTATION ? tf.replace("revision current",
                "and the " + profile.name() + " Trial Implementation supplement revision current") : tf;
    }

    // ---------------------------------------------------------------- regions

    /** A requirement adjusted to the buyer's region; unchanged where no footnote bears on it. */
    record Regional(String text, String rationale, Conformance conformance, List<AcceptedAlternative> alternatives) {
    }

    Regional regional(SystemType type, RequirementSubject subject, RequirementLevel level, String text,
            String rationale, Conformance conformance, Optional<Region> region) {
        Optional<Standard> s = entryOf(subject);
        Optional<Footnote> footnote = s.flatMap(RequirementWording::regionalFootnote);
        if (s.isEmpty() || footnote.isEmpty()) {
            return new Regional(text, rationale, conformance, List.of());
        }
        if (region.isEmpty()) {
            return new Regional(text, rationale + " Regional levels (ISO 21860:2020 " + footnote.get().reference()
                    + ") not applied: no region given.", conformance, List.of());
        }
        Region r = region.get();
        AdoptionRating rating = s.get().siteDeployment().isRegional() ? s.get().siteDeployment()
                : s.get().productAdoption();
        Optional<AdoptionLevel> there = rating.levelIn(r);
        String note = there.map(l -> " Site deployment " + l.label() + " in " + r.label())
                .orElse(" No site deployment level given for " + r.label()) + " (ISO 21860:2020 "
                + footnote.get().reference() + ").";
        Conformance c = conformance;
        if (s.get().category() == Category.DATA && data.hasRegionalVersion(s.get().id())) {
            c = new Conformance(c.role(), data.terminologyVersion(s.get().id(), region).orElse(c.version()),
                    c.evidence(), c.licence());
        }
        List<AcceptedAlternative> alternatives = new ArrayList<>();
        String newText = text;
        if (subject instanceof ProfileActor pa) {
            Optional<AcceptedAlternative> alt = alternative(s.get(), pa, r, footnote.get());
            if (alt.isPresent()) {
                alternatives.add(alt.get());
                newText = text + " " + describe(alt.get(), level, data.regionalAlternative(s.get().id(), r)
                        .map(ConformanceData.RegionalAlternative::hl7Version).orElse(""));
            }
        }
        boolean low = there.map(l -> l.compareTo(AdoptionLevel.LOW) <= 0).orElse(false);
        if (low && alternatives.isEmpty()) {
            c = new Conformance(c.role(), c.version(), c.evidence() + "; reference sites in " + r.label()
                    + " where it is in clinical use", c.licence());
        }
        return new Regional(newText, rationale + note, c, alternatives);
    }

    private Optional<AcceptedAlternative> alternative(Standard entry, ProfileActor pa, Region region, Footnote footnote) {
        Optional<ConformanceData.RegionalAlternative> alt = data.regionalAlternative(entry.id(), region);
        if (alt.isEmpty()) {
            return Optional.empty();
        }
        List<RequirementSubject> subjects = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (String profileId : alt.get().profiles()) {
            Optional<Profile> p = catalog.profile(profileId);
            if (p.isEmpty()) {
                continue;
            }
            boolean any = false;
            for (String actorName : alt.get().actorsIn(profileId, pa.actor())) {
                var actor = p.get().actor(actorName);
                if (actor.isEmpty()) {
                    continue;
                }
                List<String> options = pa.options().stream().filter(o -> actor.get().option(o).isPresent()).toList();
                subjects.add(new ProfileActor(profileId, actorName, options));
                any = true;
            }
            if (any) {
                acronyms.add(p.get().acronym());
            }
        }
        if (subjects.isEmpty()) {
            return Optional.empty();
        }
        String basis = "ISO 21860:2020 " + footnote.reference() + ": site deployment of " + entry.briefName() + " is "
                + footnote.levelIn(region).map(AdoptionLevel::label).orElse("not given") + " in " + region.label();
        String condition = "the bidder submits " + alt.get().plan();
        return Optional.of(new AcceptedAlternative(subjects, condition, basis));
    }

    /** "As a transition, IHE SWF as Image Manager and Image Archive together with IHE PIR as ... on HL7 Version 2.3.1 ..." */
    private String describe(AcceptedAlternative alt, RequirementLevel level, String hl7Version) {
        List<String> byProfile = new ArrayList<>();
        String current = null;
        List<String> actors = new ArrayList<>();
        for (RequirementSubject s : alt.subjects()) {
            ProfileActor pa = (ProfileActor) s;
            String acronym = catalog.profile(pa.profile()).map(Profile::acronym).orElse(pa.profile());
            if (current != null && !current.equals(acronym)) {
                byProfile.add("IHE " + current + " as " + String.join(" and ", actors));
                actors = new ArrayList<>();
            }
            current = acronym;
            actors.add(pa.actor() + (pa.options().isEmpty() ? "" : " with the " + pa.options().stream()
                    .map(o -> "“" + o + "”").collect(Collectors.joining(", ")) + (pa.options().size() == 1 ? " option"
                            : " options")));
        }
        byProfile.add("IHE " + current + " as " + String.join(" and ", actors));
        String hl7 = hl7Version.isBlank() ? "" : " on " + hl7Version;
        return "As an accepted transition, " + String.join(" together with ", byProfile) + hl7
                + " meets this requirement, provided that " + alt.condition() + "; the bidder "
                + (level == RequirementLevel.SHALL ? "SHALL" : level.label()) + " state which of the two it offers.";
    }

    private Optional<Standard> entryOf(RequirementSubject subject) {
        return switch (subject) {
            case StandardSupport ss -> catalog.standard(ss.standard());
            case ProfileActor pa -> catalog.profile(pa.profile()).flatMap(Profile::portfolioEntry);
        };
    }

    static Optional<Footnote> regionalFootnote(Standard s) {
        return java.util.stream.Stream.of(s.siteDeployment(), s.productAdoption()).filter(AdoptionRating::isRegional)
                .map(AdoptionRating::footnote).flatMap(Optional::stream).findFirst();
    }

    // ---------------------------------------------------------------- helpers

    private boolean isHl7v2(Standard s) {
        return s.sdos().contains(Sdo.HL7) && (data.hl7Version(s.id()).isPresent() || s.id().startsWith("hl7-")
                && !s.id().equals("hl7-cda-r2"));
    }

    /** A role as it reads inside a sentence: "as creator of ...", but "as Storage SCU of ...". */
    static String inSentence(String role) {
        String first = role.split(" ", 2)[0];
        return java.util.Set.of("Creator", "Consumer", "Display", "Origin", "User", "Secure", "De-identification")
                .contains(first) ? lowerFirst(role) : role;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
