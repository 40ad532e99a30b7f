package org.rspnavigator.procurement.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rspnavigator.procurement.statement.Statements.CATALOG;
import static org.rspnavigator.procurement.statement.Statements.actor;
import static org.rspnavigator.procurement.statement.Statements.profile;
import static org.rspnavigator.procurement.statement.Statements.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.OptionRule;
import org.rspnavigator.model.Verification;
import org.rspnavigator.procurement.FieldLimits;

class StatementCheckerTest {

    private final StatementChecker checker = new StatementChecker(CATALOG);

    private static Finding error(String profile, String actor, String message) {
        return new Finding(Severity.ERROR, profile, actor, message, Optional.empty());
    }

    @Test
    void aCompleteStatementOfVerifiedFactsHasNoFinding() {
        IntegrationStatement ok = statement(profile("xds-b", actor("Document Consumer", "On-Demand Documents")),
                profile("ct", actor("Time Client", "SNTP")),
                profile("atna", actor("Secure Application", "STX: TLS 1.2 Floor using BCP195", "ATX: TLS Syslog")));
        assertThat(checker.check(ok)).isEmpty();
    }

    @Test
    void anOptionOfAnotherActorIsAnError() {
        // Patient Identity Feed belongs to the Document Registry, not to the Document Consumer.
        List<Finding> findings = checker.check(statement(profile("xds-b", actor("Document Consumer",
                "Patient Identity Feed")), profile("ct", actor("Time Client")), profile("atna", actor("Secure Node"))));
        assertThat(findings).containsExactly(error("xds-b", "Document Consumer", "'Patient Identity Feed' is not an "
                + "option of the Document Consumer of XDS.b. Its options are: Basic Patient Privacy Enforcement, "
                + "Basic Patient Privacy Proof, Asynchronous Web Services Exchange, On-Demand Documents, Delayed "
                + "Document Assembly."));
    }

    @Test
    void anUnknownActorIsAnErrorAndAWrongCaseIsCorrected() {
        List<Finding> findings = checker.check(statement(profile("ct", actor("Time Keeper"), actor("time client"))));
        assertThat(findings).containsExactly(
                error("ct", "Time Keeper", "'Time Keeper' is not an actor of CT. Its actors are: Time Server, Time Client."),
                error("ct", "time client", "'time client' is not an actor of CT: write it 'Time Client', exactly as "
                        + "IHE does."));
    }

    @Test
    void unknownProfilesDuplicatesAndMissingHeaderFieldsAreErrors() {
        IntegrationStatement bad = new IntegrationStatement(" ", "", "7.2", LocalDate.of(2026, 3, 1), "",
                StatementLinks.none(), List.of(profile("XDS.b", actor("Document Consumer")),
                        profile("ct", actor("Time Client", "SNTP", "SNTP"), actor("Time Client")),
                        profile("ct", actor("Time Server")), profile("kin")));
        assertThat(checker.check(bad)).extracting(Finding::message).containsExactly(
                "The statement needs the vendor's name.",
                "The statement needs the product's name.",
                "The catalog has no IHE profile 'XDS.b': give its catalog id (such as 'xds-b') or its IHE acronym "
                        + "(such as 'XDS.b').",
                "The option 'SNTP' of the Time Client of CT is claimed twice.",
                "The Time Client of CT is claimed twice: claim it once, with all its options.",
                "CT is listed twice: list each profile once, with all its actors.",
                "KIN is listed without any actor: claim at least one, or remove the profile.");
        assertThat(checker.check(bad)).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void headerFieldsLongerThanWhatIsKeptAreErrorsNamingFieldAndLimit() {
        String link = "https://example.com/" + "a".repeat(FieldLimits.LINK);
        IntegrationStatement tooLong = new IntegrationStatement("v".repeat(201), "p".repeat(201), "7".repeat(101),
                LocalDate.of(2026, 3, 1), "r".repeat(101), new StatementLinks(link, link, link),
                List.of(profile("ct", actor("Time Client"))));
        assertThat(checker.check(tooLong)).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::message)
                .containsExactly(
                "The vendor's name (vendor) has 201 characters; at most 200 are allowed.",
                "The product name (productName) has 201 characters; at most 200 are allowed.",
                "The product version (version) has 101 characters; at most 100 are allowed.",
                "The statement's revision (revision) has 101 characters; at most 100 are allowed.",
                "The link to the vendor's IHE information (vendorIheInformation) has " + link.length()
                        + " characters; at most " + FieldLimits.LINK + " are allowed.",
                "The link to the DICOM conformance statement (dicomConformance) has " + link.length()
                        + " characters; at most " + FieldLimits.LINK + " are allowed.",
                "The link to the HL7 conformance statement (hl7Conformance) has " + link.length()
                        + " characters; at most " + FieldLimits.LINK + " are allowed.");
        IntegrationStatement atTheLimit = new IntegrationStatement("v".repeat(200), "p".repeat(200), "7".repeat(100),
                LocalDate.of(2026, 3, 1), "r".repeat(100), StatementLinks.none(),
                List.of(profile("ct", actor("Time Client"))));
        assertThat(checker.check(atTheLimit)).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void aDocumentConsumerWithoutTimeClientAndSecureNodeGetsTwoWarningsWithTheClaimsThatFixThem() {
        IntegrationStatement consumer = statement(profile("xds-b", actor("Document Consumer")));
        List<Finding> findings = checker.check(consumer);
        assertThat(findings).containsExactly(
                new Finding(Severity.WARNING, "xds-b", "Document Consumer", "The Document Consumer of XDS.b must be "
                        + "grouped with the Time Client of CT, which this statement does not claim: claim it too.",
                        Optional.of(new ActorRef("ct", "Time Client"))),
                new Finding(Severity.WARNING, "xds-b", "Document Consumer", "The Document Consumer of XDS.b must be "
                        + "grouped with the Secure Node or Secure Application of ATNA, which this statement does not "
                        + "claim: claim one of them too.",
                        Optional.of(new ActorRef("atna", "Secure Node"))));
    }

    @Test
    void withGroupingsClaimsWhatIsMissingUntilNothingIs() {
        IntegrationStatement consumer = statement(profile("xds-b", actor("Document Consumer", "On-Demand Documents")));
        IntegrationStatement grouped = checker.withGroupings(consumer);
        assertThat(grouped.profiles()).containsExactly(
                profile("xds-b", actor("Document Consumer", "On-Demand Documents")),
                profile("ct", actor("Time Client")),
                profile("atna", actor("Secure Node")));
        assertThat(checker.check(grouped)).noneMatch(f -> f.proposal().isPresent());
        assertThat(checker.withGroupings(grouped)).isEqualTo(grouped);
    }

    @Test
    void withGroupingsFollowsGroupingsOfTheActorsItAdds() {
        // An Audit Record Forwarder needs a Secure Node and a Repository of ATNA; each of them a Time Client.
        IntegrationStatement forwarder = statement(profile("atna", actor("Audit Record Forwarder")));
        assertThat(checker.withGroupings(forwarder).profiles()).containsExactly(
                profile("atna", actor("Audit Record Forwarder"), actor("Secure Node"), actor("Audit Record Repository")),
                profile("ct", actor("Time Client")));
    }

    @Test
    void aBrokenOptionRuleIsAnErrorThatSaysWhatIsClaimed() {
        OptionRule stx = new OptionRule(OptionRule.Kind.AT_LEAST_ONE_OF, List.of("Secure Node", "Secure Application"),
                List.of("STX: TLS 1.2 Floor using BCP195", "STX: S/MIME", "STX: WS-Security"), Optional.empty(),
                "A Secure Node or Secure Application claims at least one secure transport (STX) option.",
                new Verification(org.rspnavigator.model.VerificationLevel.VERIFIED, List.of(), Optional.empty()));
        OptionRule together = new OptionRule(OptionRule.Kind.NOT_TOGETHER, List.of(), List.of("ATX: TLS Syslog",
                "ATX: UDP Syslog"), Optional.empty(), "Example rule: one audit transport only.", Verification.unverified());
        StatementChecker ruled = new StatementChecker(Statements.withRules("atna", stx, together));
        IntegrationStatement node = statement(profile("atna", actor("Secure Node", "Radiology Audit Trail",
                "ATX: TLS Syslog", "ATX: UDP Syslog"), actor("Secure Application", "STX: S/MIME")),
                profile("ct", actor("Time Client")));
        assertThat(ruled.check(node)).containsExactly(
                error("atna", "Secure Node", "The Secure Node of ATNA: A Secure Node or Secure Application claims at least one secure transport "
                        + "(STX) option. Claimed: 'Radiology Audit Trail', 'ATX: TLS Syslog', 'ATX: UDP Syslog'."),
                error("atna", "Secure Node", "The Secure Node of ATNA: Example rule: one audit transport only. Claimed: 'Radiology Audit "
                        + "Trail', 'ATX: TLS Syslog', 'ATX: UDP Syslog'. (The catalog has not confirmed this rule.)"));
        assertThat(checker.check(node)).isEmpty();
    }

    @Test
    void factsTheCatalogHasNotConfirmedAreWarnings() {
        // SWF.b's Order Placer and its option are unconfirmed in the catalog.
        IntegrationStatement placer = statement(profile("swf-b", actor("Order Placer",
                "Departmental Appointment Notification")));
        assertThat(checker.check(placer)).extracting(Finding::severity, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "The catalog has not confirmed the actor 'Order "
                        + "Placer' of SWF.b against the Technical Framework: check the name there before publishing."),
                org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "The catalog has not confirmed the option "
                        + "'Departmental Appointment Notification' of the Order Placer of SWF.b against the Technical "
                        + "Framework: check the name there before publishing."));
    }

    @Test
    void errorsComeBeforeWarningsAndTheOrderIsTheSameEveryTime() {
        IntegrationStatement mixed = statement(profile("xds-b", actor("Document Consumer")),
                profile("ct", actor("Time Client", "NTP")));
        List<Finding> findings = checker.check(mixed);
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
        assertThat(findings.getFirst().message()).startsWith("'NTP' is not an option of the Time Client of CT.");
        assertThat(checker.check(mixed)).isEqualTo(findings);
    }
    @Test
    void anAtnaActorThatNamesNoAuditTransportIsAWarningNotAnError() {
        StatementChecker real = new StatementChecker(org.rspnavigator.model.load.CatalogLoader.loadFromClasspath());
        IntegrationStatement node = statement(profile("atna", actor("Secure Node", "STX: TLS 1.2 Floor using BCP195")),
                profile("ct", actor("Time Client")));
        assertThat(real.check(node)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("The Secure Node of ATNA: An ATNA actor should name the audit transport"
                    + " (ATX)").contains("TLS Syslog or UDP Syslog").endsWith("Claimed: 'STX: TLS 1.2 Floor using BCP195'.");
        });
        IntegrationStatement named = statement(profile("atna", actor("Secure Node", "STX: TLS 1.2 Floor using BCP195",
                "ATX: TLS Syslog")), profile("ct", actor("Time Client")));
        assertThat(real.check(named)).isEmpty();
    }

    @Test
    void aBppcContentCreatorMayBeGroupedWithXdsXdrOrXdm() {
        IntegrationStatement alone = statement(profile("bppc", actor("Content Creator",
                "Basic Patient Privacy Acknowledgement")));
        assertThat(checker.check(alone)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("The Content Creator of BPPC must be grouped with the Document Source of"
                    + " XDS.b, Document Source of XDR or Portable Media Creator of XDM, which this statement does not"
                    + " claim: claim one of them too.");
            assertThat(f.proposal()).contains(new ActorRef("xds-b", "Document Source"));
        });
        for (ProfileClaim sharing : List.of(profile("xdr", actor("Document Source")),
                profile("xdm", actor("Portable Media Creator", "USB")))) {
            IntegrationStatement grouped = checker.withGroupings(statement(profile("bppc", actor("Content Creator",
                    "Basic Patient Privacy Acknowledgement")), sharing));
            assertThat(checker.check(grouped)).as(sharing.profile()).noneMatch(f -> f.profile().equals("bppc"));
            assertThat(grouped.claim("xds-b", "Document Source")).as("no XDS.b claim is added").isEmpty();
        }
    }

    @Test
    void aBppcContentConsumerIsAlsoAnXdsSdContentConsumer() {
        IntegrationStatement consumer = checker.withGroupings(statement(profile("bppc", actor("Content Consumer",
                "Basic Patient Privacy Acknowledgement View")), profile("xdm", actor("Portable Media Importer", "CD-R"))));
        assertThat(consumer.claim("xds-sd", "Content Consumer")).as("withGroupings claims it").isPresent();
        IntegrationStatement without = statement(profile("bppc", actor("Content Consumer",
                "Basic Patient Privacy Acknowledgement View")), profile("xdm", actor("Portable Media Importer", "CD-R")),
                profile("atna", actor("Secure Node")), profile("ct", actor("Time Client")));
        assertThat(checker.check(without)).extracting(Finding::message).containsExactly("The Content Consumer of BPPC"
                + " must be grouped with the Content Consumer of XDS-SD, which this statement does not claim: claim it"
                + " too.");
    }

    @Test
    void oneOptionCannotBeClaimedUnderTwoOfItsNames() {
        StatementChecker named = new StatementChecker(Statements.withOtherNames("xdm", "Portable Media Creator",
                "ZIP over Email", "Zip over E-mail"));
        IntegrationStatement twice = statement(profile("xdm", actor("Portable Media Creator", "ZIP over Email",
                "Zip over E-mail")), profile("atna", actor("Secure Node")), profile("ct", actor("Time Client")));
        assertThat(named.check(twice)).extracting(Finding::severity, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "The Portable Media Creator of XDM claims one option"
                        + " twice, as 'ZIP over Email' and as 'Zip over E-mail': they are two names of the 'ZIP over"
                        + " Email' option. Claim it once."));
        IntegrationStatement once = statement(profile("xdm", actor("Portable Media Creator", "Zip over E-mail")),
                profile("atna", actor("Secure Node")), profile("ct", actor("Time Client")));
        assertThat(named.check(once)).as("the other name alone is that option").isEmpty();
    }
}
