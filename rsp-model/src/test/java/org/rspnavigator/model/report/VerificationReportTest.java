package org.rspnavigator.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.VerificationLevel;
import org.rspnavigator.model.load.CatalogFixture;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.model.report.VerificationReport.Address;
import org.rspnavigator.model.report.VerificationReport.Fact;
import org.rspnavigator.model.report.VerificationReport.LevelCounts;
import org.rspnavigator.model.report.VerificationReport.ProfileRow;
import org.rspnavigator.model.report.VerificationReport.SourceUse;
import org.rspnavigator.model.report.VerificationReport.Target;

/**
 * The verification report on the two fixture profiles. APR (the portfolio's Alpha) has seven facts:
 * its status, Sender and Receiver, Sender's Fast Option, RAD-1, one grouping and one option rule;
 * four are verified, Receiver is partly verified, Fast Option and the rule are unverified. BPR,
 * which the portfolio does not rate, has an unverified status and an unverified actor.
 */
class VerificationReportTest {

    private static final String SOURCES = """
            S-ONE: {kind: ihe-publication, what: "A technical framework volume, Rev. 1.0", section: "1", where: "example.org/tf/ch-1"}
            S-TWO: {kind: ihe-secondary, what: "An IHE wiki page", where: "example.org/wiki"}
            S-THREE: {kind: other, what: "A vendor's integration statement", where: "a copy on request from the vendor"}
            S-FOUR: {kind: ihe-publication, what: "A supplement, Rev. 2.0", section: "2", where: "the IHE document archive"}
            """;

    private static CatalogFixture fixture() {
        return new CatalogFixture().withProfiles().with("profiles/sources.yaml", SOURCES)
                .replace("profiles/apr.md", "groupings:", """
                        option-rules:
                          - kind: at-least-one-of
                            actors: [Sender]
                            options: [Fast Option]
                            explanation: A sender claims the fast option.
                            verified: false
                            sources: [S-THREE]
                            note: seen in one vendor's statement only
                        groupings:""");
    }

    private static VerificationReport report(CatalogFixture fixture) {
        return VerificationReport.of(CatalogLoader.load(fixture.files()));
    }

    @Test
    void countsEachFactOnceByLevel() {
        VerificationReport report = report(fixture());

        assertThat(report.profiles()).extracting(ProfileRow::acronym, ProfileRow::portfolioEntry, ProfileRow::facts)
                .containsExactly(tuple("APR", Optional.of("Alpha"), new LevelCounts(4, 1, 2)),
                        tuple("BPR", Optional.empty(), new LevelCounts(0, 0, 2)));
        assertThat(report.profiles().get(0).portfolio()).isTrue();
        assertThat(report.profiles().get(1).portfolio()).isFalse();
        assertThat(report.portfolio().profiles()).isEqualTo(1);
        assertThat(report.portfolio().facts()).isEqualTo(new LevelCounts(4, 1, 2));
        assertThat(report.all().profiles()).isEqualTo(2);
        assertThat(report.all().facts()).isEqualTo(new LevelCounts(4, 1, 4));
        assertThat(report.all().facts().total()).isEqualTo(9);
        assertThat(report.portfolio().facts().verifiedPercent()).isEqualTo("57.1 %");
    }

    @Test
    void listsTheFactsNotVerifiedWithWhy() {
        VerificationReport report = report(fixture());

        assertThat(report.notVerified()).extracting(Fact::acronym, Fact::description, Fact::level, Fact::reason)
                .containsExactly(
                        tuple("APR", "option Fast Option of actor Sender", VerificationLevel.UNVERIFIED,
                                "No source cited."),
                        tuple("APR", "actor Receiver", VerificationLevel.PARTIAL, "name seen in one implementation only"),
                        tuple("APR", "option rule 'at least one of' Fast Option for actor Sender",
                                VerificationLevel.UNVERIFIED, "seen in one vendor's statement only"),
                        tuple("BPR", "status Trial Implementation", VerificationLevel.UNVERIFIED, "No source cited."),
                        tuple("BPR", "actor Clock", VerificationLevel.UNVERIFIED, "No source cited."));
        assertThat(report.notVerified().get(1).verification().sources()).extracting(s -> s.id()).containsExactly("S-TWO");
    }

    @Test
    void countsTheFactsCitingEachSource() {
        VerificationReport report = report(fixture());

        // S-FOUR is listed but cited by nothing, so it is not in the report.
        assertThat(report.sources()).extracting(u -> u.source().id(), SourceUse::facts, SourceUse::verifiedFacts,
                SourceUse::profiles, SourceUse::address).containsExactly(
                        tuple("S-ONE", 4, 4, java.util.List.of("APR"), Address.WEB_WITHOUT_SCHEME),
                        tuple("S-THREE", 1, 0, java.util.List.of("APR"), Address.NONE),
                        tuple("S-TWO", 1, 0, java.util.List.of("APR"), Address.WEB_WITHOUT_SCHEME));
        assertThat(report.sourcesWithoutPublicAddress()).extracting(u -> u.source().id()).containsExactly("S-THREE");
        assertThat(report.everyVerifiedFactTraceable()).isTrue();
    }

    @Test
    void theTargetIsNotMetBelowNinetyPerCent() {
        VerificationReport report = report(fixture());

        assertThat(report.target().met()).isFalse();
        assertThat(report.target().line()).isEqualTo("Target (at least 90 % of the facts of the portfolio's own"
                + " profiles verified): not met, 57.1 % (4 of 7 facts verified).");
    }

    @Test
    void theTargetIsMetWhenThePortfolioProfilesAreVerified() {
        CatalogFixture fixture = fixture()
                .replace("profiles/apr.md", "- name: Fast Option\n        verified: false",
                        "- name: Fast Option\n        verified: true\n        sources: [S-ONE]")
                .replace("profiles/apr.md", "verified: partial\n    sources: [S-TWO]", "verified: true\n    sources: [S-ONE]")
                .replace("profiles/apr.md", "verified: false\n    sources: [S-THREE]", "verified: true\n    sources: [S-ONE]");
        VerificationReport report = report(fixture);

        assertThat(report.portfolio().facts()).isEqualTo(new LevelCounts(7, 0, 0));
        // BPR's unverified facts do not count: the portfolio does not rate it.
        assertThat(report.all().facts()).isEqualTo(new LevelCounts(7, 0, 2));
        assertThat(report.target().met()).isTrue();
        assertThat(report.target().line()).isEqualTo("Target (at least 90 % of the facts of the portfolio's own"
                + " profiles verified): met, 100.0 % (7 of 7 facts verified).");
        assertThat(report.notVerified()).extracting(Fact::acronym).containsOnly("BPR");
    }

    @Test
    void theTargetIsMetAtExactlyNinetyPerCent() {
        assertThat(new Target(90, new LevelCounts(9, 1, 0)).met()).isTrue();
        assertThat(new Target(90, new LevelCounts(899, 100, 1)).met()).isFalse();
        assertThat(new Target(90, new LevelCounts(0, 0, 0)).met()).as("no facts").isFalse();
        assertThat(new Target(90, new LevelCounts(899, 100, 1)).line()).contains("not met, 89.9 % (899 of 1000");
    }

    @Test
    void flagsVerifiedFactsWhoseOnlyVerifyingSourceHasNoPublicAddress() {
        CatalogFixture fixture = fixture().replace("profiles/apr.md", "required-for: [Sender]\n    verified: true\n"
                + "    sources: [S-ONE]", "required-for: [Sender]\n    verified: true\n    sources: [S-FOUR, S-TWO]");
        VerificationReport report = report(fixture);

        assertThat(report.everyVerifiedFactTraceable()).isFalse();
        assertThat(report.untraceable()).extracting(Fact::description).containsExactly("transaction RAD-1 Send Thing");
        assertThat(report.sourcesWithoutPublicAddress()).extracting(u -> u.source().id())
                .containsExactlyInAnyOrder("S-FOUR", "S-THREE");
        String page = VerificationReportMarkdown.render(report, "test");
        assertThat(page).contains("Not every verified fact can be checked at a public address")
                .contains("- APR: transaction RAD-1 Send Thing (S-FOUR, S-TWO)");
    }

    @Test
    void recognisesPublicAddresses() {
        assertThat(Address.of("https://profiles.ihe.net/ITI/TF/Volume1/ch-9.html")).isEqualTo(Address.WEB);
        assertThat(Address.of("http://example.org")).isEqualTo(Address.WEB);
        assertThat(Address.of("wiki.ihe.net/index.php?title=Key_Image_Note&oldid=1")).isEqualTo(Address.WEB_WITHOUT_SCHEME);
        assertThat(Address.of("github.com/dcm4che/dcm4chee-arc-light/issues/2")).isEqualTo(Address.WEB_WITHOUT_SCHEME);
        assertThat(Address.of("github IHE/RAD.IMR (HEAD 259eb76b): input/pagecontent/volume-1.md"))
                .isEqualTo(Address.REPOSITORY);
        assertThat(Address.of("github IHE/publications : RAD/index.html")).isEqualTo(Address.REPOSITORY);
        assertThat(Address.of("IPF source (org.openehealth.ipf.commons.ihe.xds ... Rad69ServerAuditStrategy)"))
                .isEqualTo(Address.NONE);
        assertThat(Address.of("org.openehealth.ipf.commons.ihe.core.atna.custom.CustomIHETransactionEventTypeCodes"
                + " (index file id 1)")).isEqualTo(Address.NONE);
        assertThat(Address.of("a copy on request from the vendor")).isEqualTo(Address.NONE);
    }

    @Test
    void thePageShowsTheTargetTheProfilesAndTheUnverifiedFacts() {
        Catalog catalog = CatalogLoader.load(fixture().files());
        String page = VerificationReportMarkdown.render(VerificationReport.of(catalog), catalog.edition().edition());

        assertThat(page).startsWith("# IHE profile verification report\n")
                .contains("computed from catalog edition test.")
                .contains("**Target (at least 90 % of the facts of the portfolio's own profiles verified): not met, 57.1 %")
                .contains("| The portfolio's own profiles | 1 | 7 | 4 | 1 | 2 | 57.1 % |")
                .contains("| Profiles not rated by ISO 21860 | 1 | 2 | 0 | 0 | 2 | 0.0 % |")
                .contains("| All profiles | 2 | 9 | 4 | 1 | 4 | 44.4 % |")
                .contains("| APR | Alpha Profile | Alpha | 7 | 4 | 1 | 2 | 57.1 % |")
                .contains("| BPR | Beta Profile | not rated by ISO 21860 | 2 | 0 | 0 | 2 | 0.0 % |")
                .contains("- S-THREE (Other source, 1 fact): `a copy on request from the vendor`")
                .contains("### APR – Alpha Profile (3 of 7)")
                .contains("| actor Receiver | Partly verified | name seen in one implementation only | S-TWO |")
                .contains("### BPR – Beta Profile (2 of 2)");
    }
}
