package org.rspnavigator.model.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rspnavigator.model.AdoptionLevel;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.CorrectedColumn;
import org.rspnavigator.model.Correction;
import org.rspnavigator.model.OptionRule;
import org.rspnavigator.model.Region;
import org.rspnavigator.model.Source;
import org.rspnavigator.model.VerificationLevel;

/** One test per kind of fault: each must be reported with its file and line, exactly. */
class CatalogValidationTest {

    private static List<String> problems(CatalogFixture fixture) {
        InvalidCatalogException e = catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogLoader.load(fixture.files()));
        assertThat(e).as("the catalog should have been refused").isNotNull();
        return e.problems().stream().map(CatalogProblem::toString).toList();
    }

    @Test
    void theFixtureItselfIsValid() {
        Catalog catalog = CatalogLoader.load(new CatalogFixture().files());
        assertThat(catalog.standards()).hasSize(3);
        assertThat(catalog.standard("alpha").orElseThrow().siteDeployment().levelIn(Region.US))
                .contains(AdoptionLevel.HIGH);
        assertThat(catalog.useCase("demo").orElseThrow().rows().getFirst().standards()).hasSize(2);
    }

    @Test
    void frontMatterThatDoesNotOpenTheFile() {
        CatalogFixture f = new CatalogFixture().with("standards/beta.md", "id: beta\n");
        assertThat(problems(f)).containsExactly(
                "standards/beta.md:1: malformed front matter: the file must start with a '---' line that opens the YAML front matter");
    }

    @Test
    void frontMatterThatIsNeverClosed() {
        CatalogFixture f = new CatalogFixture();
        f.with("standards/gamma.md", f.text("standards/gamma.md").replaceFirst("(?s)\n---\n\n## Scope", "\n\n## Scope"));
        assertThat(problems(f)).containsExactly(
                "standards/gamma.md:1: malformed front matter: the '---' opened on line 1 is never closed by a second '---' line");
    }

    @Test
    void malformedYamlIsReportedAtItsLine() {
        CatalogFixture f = new CatalogFixture().replace("standards/gamma.md", "tooling: low", "tooling: [low");
        assertThat(problems(f)).singleElement().asString()
                .startsWith("standards/gamma.md:12: malformed YAML: ");
    }

    @Test
    void unknownKey() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "tooling: low", "tooling: low\ntoolling: high");
        assertThat(problems(f)).singleElement().asString()
                .startsWith("standards/beta.md:12: unknown key 'toolling' (allowed here: id, brief-name,");
    }

    @Test
    void duplicateKey() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "tooling: low", "tooling: low\ntooling: high");
        assertThat(problems(f)).containsExactly("standards/beta.md:12: duplicate key 'tooling' (first given on line 11)");
    }

    @Test
    void badEnumValue() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "maturity: final", "maturity: finished");
        assertThat(problems(f)).containsExactly("standards/beta.md:8: 'finished' is not a valid standard maturity "
                + "(expected one of: published-draft, trial, final, retired)");
    }

    @Test
    void badEnumValueInAList() {
        CatalogFixture f = new CatalogFixture().replace("standards/gamma.md", "sdo: [rsna, regenstrief]",
                "sdo: [rsna,\n  nema]");
        assertThat(problems(f)).singleElement().asString()
                .startsWith("standards/gamma.md:13: 'nema' is not a valid SDO (expected one of: dicom, hl7,");
    }

    @Test
    void missingRequiredField() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "formal-name: The Beta Code System\n", "");
        assertThat(problems(f)).containsExactly("standards/beta.md:2: missing required key 'formal-name'");
    }

    @Test
    void valueOfTheWrongShape() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "brief-name: Beta", "brief-name: [Beta, B]");
        assertThat(problems(f)).containsExactly("standards/beta.md:3: 'brief-name' must be a single value, not a list");
    }

    @Test
    void duplicateIds() {
        CatalogFixture f = new CatalogFixture().with("standards/gamma-copy.md",
                new CatalogFixture().text("standards/gamma.md"));
        assertThat(problems(f)).containsExactly(
                "standards/gamma-copy.md:2: the file holding id 'gamma' must be named standards/gamma.md",
                "standards/gamma.md:2: duplicate id 'gamma' (also in standards/gamma-copy.md:2)");
    }

    @Test
    void relationToAnUnknownStandard() {
        CatalogFixture f = new CatalogFixture().replace("standards/alpha.md", "target: beta", "target: betta");
        assertThat(problems(f)).containsExactly("standards/alpha.md:16: relation to unknown standard 'betta'");
    }

    @Test
    void useCaseRowNamingAnUnknownStandard() {
        CatalogFixture f = new CatalogFixture().replace("use-cases/demo.md", "standards: [alpha, beta]",
                "standards: [alpha,\n      delta]");
        assertThat(problems(f)).containsExactly("use-cases/demo.md:9: unknown standard 'delta'");
    }

    @Test
    void relationDeclaredOnBothSides() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "clause: 5.3.1.6",
                "clause: 5.3.1.6\nrelations:\n  - kind: superseded-by\n    target: alpha\n    stated-in: Table 1");
        assertThat(problems(f)).containsExactly(
                "standards/beta.md:15: relation 'alpha supersedes beta' is declared twice (also in standards/alpha.md:15)");
    }

    @Test
    void unknownRelationKind() {
        CatalogFixture f = new CatalogFixture().replace("standards/alpha.md", "kind: supersedes", "kind: replaces");
        assertThat(problems(f)).singleElement().asString()
                .startsWith("standards/alpha.md:15: 'replaces' is not a valid relation kind (expected one of: "
                        + "supersedes, superseded-by,")
                .contains("used-with, published-in, publishes,", "combinable-with, supplements, supplemented-by");
    }

    @Test
    void relationStatedNowhereInIso21860() {
        CatalogFixture f = new CatalogFixture().replace("standards/alpha.md", "stated-in: Table 1",
                "stated-in: the scope of alpha");
        assertThat(problems(f)).containsExactly("standards/alpha.md:17: 'the scope of alpha' is not where ISO 21860"
                + " states a relation (write a table, as in 'Table 5', or a clause number, as in '5.4.1.8')");
    }

    @Test
    void relationStatedInAClauseWithANote() {
        CatalogFixture f = new CatalogFixture().replace("standards/alpha.md", "stated-in: Table 1",
                "stated-in: 5.3.1.6\n    note: since version 2");
        Catalog catalog = CatalogLoader.load(f.files());
        assertThat(catalog.relations()).singleElement().satisfies(r -> {
            assertThat(r.citation()).isEqualTo("ISO 21860:2020 clause 5.3.1.6");
            assertThat(r.note()).contains("since version 2");
        });
    }

    @Test
    void symmetricRelationDeclaredOnBothSides() {
        CatalogFixture f = new CatalogFixture().replace("standards/alpha.md", "kind: supersedes", "kind: used-with")
                .replace("standards/beta.md", "clause: 5.3.1.6",
                        "clause: 5.3.1.6\nrelations:\n  - kind: used-with\n    target: alpha\n    stated-in: Table 1");
        assertThat(problems(f)).containsExactly(
                "standards/beta.md:15: relation 'beta used with alpha' is declared twice (also in standards/alpha.md:15)");
    }

    private static CatalogFixture withCorrection(String correction) {
        return new CatalogFixture().replace("use-cases/demo.md", "    systems: [RIS, PACS]\n",
                "    systems: [RIS, PACS]\n    correction: " + correction + "\n");
    }

    @Test
    void aCorrectedRowKeepsWhatTheTablePrintsAndWhy() {
        Catalog catalog = CatalogLoader.load(
                withCorrection("{column: systems, printed: \"RIS, PACS Creators\", reason: A slip.}").files());
        assertThat(catalog.useCase("demo").orElseThrow().rows().getFirst().correction())
                .contains(new Correction(CorrectedColumn.SYSTEMS, "RIS, PACS Creators", "A slip."));
    }

    @Test
    void correctionWithAnUnknownOrMissingKey() {
        assertThat(problems(withCorrection("{column: systems, printd: \"RIS, PAC\", reason: A slip.}")))
                .containsExactly("use-cases/demo.md:10: missing required key 'printed'",
                        "use-cases/demo.md:10: unknown key 'printd' (allowed here: column, printed, reason)");
        assertThat(problems(withCorrection("{column: systems, printed: \"RIS, PAC\"}")))
                .containsExactly("use-cases/demo.md:10: missing required key 'reason'");
    }

    @Test
    void correctionOfAnUnknownColumn() {
        assertThat(problems(withCorrection("{column: purpose, printed: To code., reason: A slip.}")))
                .containsExactly("use-cases/demo.md:10: 'purpose' is not a valid corrected column (expected one of: "
                        + "brief-name, systems)");
    }

    @Test
    void correctionThatCorrectsNothing() {
        assertThat(problems(withCorrection("{column: systems, printed: \"RIS, PACS\", reason: A slip.}")))
                .containsExactly("use-cases/demo.md:10: the correction's 'printed' text is what the row holds;"
                        + " a correction records a difference from the table (remove it, or correct the row)");
    }

    @Test
    void aDerivedRowHasNoPrintedTableToCorrect() {
        CatalogFixture f = withCorrection("{column: systems, printed: \"RIS\", reason: A slip.}")
                .replace("use-cases/demo.md", "table: 6", "derived: true\nderived-from: [5.3.1.6]")
                .replace("use-cases/demo.md", "    purpose: To code things.", "    purpose: To code things.\n    basis: 5.3.1.6");
        assertThat(problems(f)).containsExactly(
                "use-cases/demo.md:11: a row of a derived use case has no printed table to correct");
    }

    @Test
    void aStandardCorrectsOnlyItsBriefName() {
        CatalogFixture systems = new CatalogFixture().replace("standards/beta.md", "clause: 5.3.1.6",
                "clause: 5.3.1.6\ncorrection: {column: systems, printed: RIS, reason: A slip.}");
        assertThat(problems(systems)).containsExactly("standards/beta.md:14: a standard's correction can only be of"
                + " its brief name (column: brief-name)");
        CatalogFixture name = new CatalogFixture().replace("standards/beta.md", "clause: 5.3.1.6",
                "clause: 5.3.1.6\ncorrection: {column: brief-name, printed: Be-ta, reason: A break left by typesetting.}");
        assertThat(CatalogLoader.load(name.files()).standard("beta").orElseThrow().correction())
                .hasValueSatisfying(c -> assertThat(c.printed()).isEqualTo("Be-ta"));
    }

    @Test
    void unknownFootnoteMark() {
        CatalogFixture f = new CatalogFixture().replace("standards/alpha.md", "{footnote: a}", "{footnote: c}");
        assertThat(problems(f)).containsExactly(
                "standards/alpha.md:10: footnote 'c' does not exist in Table 1 (tables/table-1.md)");
    }

    @Test
    void caveatCannotStandInForALevel() {
        CatalogFixture f = new CatalogFixture().replace("standards/gamma.md", "{level: low, footnote: b}", "{footnote: b}");
        assertThat(problems(f)).containsExactly("standards/gamma.md:9: 'product-adoption' has no level, and "
                + "footnote b is a caveat that gives none; add 'level'");
    }

    @Test
    void missingSection() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "## Tooling\n\nTools for beta.\n", "");
        assertThat(problems(f)).containsExactly("standards/beta.md:15: missing required section '## Tooling'");
    }

    @Test
    void textOutsideASection() {
        CatalogFixture f = new CatalogFixture().replace("standards/beta.md", "\n## Scope", "Stray words.\n## Scope");
        assertThat(problems(f)).containsExactly(
                "standards/beta.md:15: text outside a section: the body must start with a '## ' heading");
    }

    @Test
    void twoRowsAtOnePosition() {
        CatalogFixture f = new CatalogFixture().replace("standards/gamma.md", "group: emerging", "group: legacy");
        assertThat(problems(f)).containsExactly(
                "standards/gamma.md:2: Table 1, legacy group has two rows at position 1 (also standards/beta.md)");
    }

    @Test
    void missingTable() {
        CatalogFixture f = new CatalogFixture().without("tables/table-4.md");
        assertThat(problems(f)).containsExactly("tables/table-4.md:1: Table 4 (privacy and security standards) is missing");
    }

    @Test
    void derivedUseCaseMustSayWhereItComesFrom() {
        CatalogFixture f = new CatalogFixture().replace("use-cases/demo.md", "table: 6", "derived: true");
        assertThat(problems(f)).containsExactly(
                "use-cases/demo.md:5: a derived use case must say what it is derived from ('derived-from')",
                "use-cases/demo.md:7: a row of a derived use case must name its 'basis' (the clause it rests on)");
    }

    @Test
    void profilesLinkToStandardsProfilesAndSystemTypes() {
        Catalog catalog = CatalogLoader.load(new CatalogFixture().withProfiles().files());
        var apr = catalog.profile("apr").orElseThrow();
        assertThat(apr.portfolioEntry()).map(s -> s.id()).contains("alpha");
        assertThat(catalog.profileOf(catalog.standard("alpha").orElseThrow())).contains(apr);
        assertThat(apr.buildsOn()).extracting(s -> s.id()).containsExactly("beta");
        assertThat(apr.actor("Receiver").orElseThrow().verification().level())
                .isEqualTo(org.rspnavigator.model.VerificationLevel.PARTIAL);
        assertThat(apr.transactionsOf("Sender")).extracting(t -> t.label()).containsExactly("RAD-1 Send Thing");
        assertThat(apr.groupingsOf("Receiver")).singleElement().satisfies(g -> {
            assertThat(g.withProfile()).isEqualTo("bpr");
            assertThat(g.withActors()).containsExactly("Clock");
        });
        assertThat(catalog.systemType("box").orElseThrow().plays()).hasSize(2);
        assertThat(catalog.profile("bpr").orElseThrow().statusVerification().level())
                .isEqualTo(org.rspnavigator.model.VerificationLevel.UNVERIFIED);
    }

    @Test
    void aTransactionNamesActorsOfItsProfile() {
        CatalogFixture f = new CatalogFixture().withProfiles().replace("profiles/apr.md", "responders: [Receiver]",
                "responders: [Reciever]");
        assertThat(problems(f)).containsExactly("profiles/apr.md:29: transaction RAD-1 names actor 'Reciever', which is "
                + "not an actor of this profile (actors: Receiver, Sender)");
    }

    @Test
    void anOptionBelongsToItsActor() {
        CatalogFixture f = new CatalogFixture().withProfiles().replace("system-types/box.md", "options: [Fast Option]",
                "options: [Slow Option]");
        assertThat(problems(f)).containsExactly("system-types/box.md:11: option 'Slow Option' is not an option of "
                + "actor 'Sender' in profile APR (its options: Fast Option)");
    }

    @Test
    void aGroupingNamesAnExistingProfileAndActor() {
        CatalogFixture unknownProfile = new CatalogFixture().withProfiles().replace("profiles/apr.md",
                "with-profile: bpr", "with-profile: cpr");
        assertThat(problems(unknownProfile)).containsExactly("profiles/apr.md:35: profile 'cpr' is not in the catalog");
        CatalogFixture unknownActor = new CatalogFixture().withProfiles().replace("profiles/apr.md",
                "with-actors: [Clock]", "with-actors: [Calendar]");
        assertThat(problems(unknownActor)).containsExactly(
                "profiles/apr.md:36: actor 'Calendar' is not an actor of profile BPR (actors: Clock)");
        CatalogFixture ownActor = new CatalogFixture().withProfiles().replace("profiles/apr.md", "actor: \"*\"",
                "actor: Forwarder");
        assertThat(problems(ownActor)).containsExactly("profiles/apr.md:34: grouping for actor 'Forwarder', which is not "
                + "an actor of this profile (actors: Receiver, Sender)");
    }

    /**
     * The fixture with more options (Sender: Fast, Slow, Safe; Receiver: Safe) and {@code rules}
     * under {@code option-rules}, whose first line is line 44 of profiles/apr.md.
     */
    private static CatalogFixture withOptionRules(String rules) {
        return new CatalogFixture().withProfiles()
                .replace("profiles/apr.md", "      - name: Fast Option\n        verified: false\n",
                        "      - name: Fast Option\n        verified: false\n      - name: Slow Option\n"
                                + "      - name: Safe Option\n")
                .replace("profiles/apr.md", "    note: name seen in one implementation only\n",
                        "    note: name seen in one implementation only\n    options:\n      - name: Safe Option\n")
                .replace("profiles/apr.md", "\n---\n\n## Purpose", "\noption-rules:\n" + rules + "---\n\n## Purpose");
    }

    @Test
    void optionRulesLoad() {
        Catalog catalog = CatalogLoader.load(withOptionRules("""
                  - kind: at-least-one-of
                    actors: [Sender]
                    options: [Fast Option, Slow Option]
                    explanation: A sender picks a speed.
                    verified: true
                    sources: [S-ONE]
                  - kind: all-of
                    actors: "*"
                    options: [Safe Option]
                    explanation: Everyone is safe.
                  - kind: not-together
                    actors: [Sender]
                    options: [Fast Option, Slow Option]
                    explanation: One speed at a time.
                  - kind: requires-one-of
                    actors: [Sender]
                    when: Safe Option
                    options: [Slow Option]
                    explanation: Safety needs a slow mode.
                    verified: partial
                    sources: [S-ONE]
                    note: only for senders
                """).files());
        var apr = catalog.profile("apr").orElseThrow();
        assertThat(apr.optionRules()).extracting(OptionRule::kind).containsExactly(OptionRule.Kind.AT_LEAST_ONE_OF,
                OptionRule.Kind.ALL_OF, OptionRule.Kind.NOT_TOGETHER, OptionRule.Kind.REQUIRES_ONE_OF);
        assertThat(apr.optionRules().getFirst()).satisfies(r -> {
            assertThat(r.actors()).containsExactly("Sender");
            assertThat(r.options()).containsExactly("Fast Option", "Slow Option");
            assertThat(r.when()).isEmpty();
            assertThat(r.explanation()).isEqualTo("A sender picks a speed.");
            assertThat(r.verification().level()).isEqualTo(VerificationLevel.VERIFIED);
            assertThat(r.verification().sources()).extracting(Source::id).containsExactly("S-ONE");
        });
        assertThat(apr.optionRules().get(1).actors()).as("'*': every actor").isEmpty();
        assertThat(apr.optionRulesOf("Receiver")).extracting(OptionRule::kind).containsExactly(OptionRule.Kind.ALL_OF);
        assertThat(apr.optionRulesOf("Sender")).hasSize(4);
        assertThat(apr.optionRules().getLast()).satisfies(r -> {
            assertThat(r.when()).contains("Safe Option");
            assertThat(r.verification().level()).isEqualTo(VerificationLevel.PARTIAL);
            assertThat(r.verification().note()).contains("only for senders");
        });
        assertThat(catalog.profile("bpr").orElseThrow().optionRules()).isEmpty();
    }

    @Test
    void anOptionRuleHasAKnownKind() {
        CatalogFixture f = withOptionRules("""
                  - kind: at-most-one-of
                    actors: [Sender]
                    options: [Fast Option, Slow Option]
                    explanation: One speed at a time.
                """);
        assertThat(problems(f)).containsExactly("profiles/apr.md:44: 'at-most-one-of' is not a valid option rule kind "
                + "(expected one of: at-least-one-of, all-of, not-together, requires-one-of)");
    }

    @Test
    void anOptionRuleNamesActorsOfItsProfile() {
        CatalogFixture f = withOptionRules("""
                  - kind: at-least-one-of
                    actors: [Sender,
                      Clock]
                    options: [Fast Option, Slow Option]
                    explanation: A sender picks a speed.
                """);
        assertThat(problems(f)).containsExactly("profiles/apr.md:46: option rule for actor 'Clock', which is not an "
                + "actor of this profile (actors: Receiver, Sender)");
        CatalogFixture both = withOptionRules("""
                  - kind: all-of
                    actors: ["*", Sender]
                    options: [Safe Option]
                    explanation: Everyone is safe.
                """);
        assertThat(problems(both)).containsExactly("profiles/apr.md:45: option rule names '*' (every actor) together "
                + "with other actors; give one or the other");
        CatalogFixture none = withOptionRules("""
                  - kind: all-of
                    actors: []
                    options: [Safe Option]
                    explanation: Everyone is safe.
                """);
        assertThat(problems(none)).containsExactly(
                "profiles/apr.md:45: option rule names no actors (use '*' for every actor)");
    }

    @Test
    void anOptionRuleNamesOptionsOfEachActorItAppliesTo() {
        CatalogFixture f = withOptionRules("""
                  - kind: at-least-one-of
                    actors: "*"
                    options: [Safe Option,
                      Fast Option]
                    explanation: Everyone is fast or safe.
                """);
        assertThat(problems(f)).containsExactly("profiles/apr.md:47: option 'Fast Option' is not an option of actor "
                + "'Receiver' (its options: Safe Option)");
        CatalogFixture typo = withOptionRules("""
                  - kind: at-least-one-of
                    actors: [Sender, Receiver]
                    options: [Safe Optoin]
                    explanation: Everyone is safe.
                """);
        assertThat(problems(typo)).containsExactlyInAnyOrder(
                "profiles/apr.md:46: option 'Safe Optoin' is not an option of actor 'Sender' (its options: Fast Option, "
                        + "Slow Option, Safe Option)",
                "profiles/apr.md:46: option 'Safe Optoin' is not an option of actor 'Receiver' (its options: Safe Option)");
        CatalogFixture twice = withOptionRules("""
                  - kind: at-least-one-of
                    actors: [Sender]
                    options: [Fast Option, Fast Option]
                    explanation: A sender is fast.
                """);
        assertThat(problems(twice)).containsExactly("profiles/apr.md:46: option rule names option 'Fast Option' twice");
    }

    @Test
    void whenIsGivenForRequiresOneOfOnly() {
        CatalogFixture missing = withOptionRules("""
                  - kind: requires-one-of
                    actors: [Sender]
                    options: [Slow Option]
                    explanation: Safety needs a slow mode.
                """);
        assertThat(problems(missing)).containsExactly("profiles/apr.md:44: a requires-one-of rule needs 'when': the "
                + "option whose claim brings it into force");
        CatalogFixture extra = withOptionRules("""
                  - kind: at-least-one-of
                    actors: [Sender]
                    when: Safe Option
                    options: [Fast Option, Slow Option]
                    explanation: A sender picks a speed.
                """);
        assertThat(problems(extra)).containsExactly(
                "profiles/apr.md:46: 'when' belongs only to a requires-one-of rule, not to at-least-one-of");
        CatalogFixture unknown = withOptionRules("""
                  - kind: requires-one-of
                    actors: "*"
                    when: Fast Option
                    options: [Safe Option]
                    explanation: Speed needs safety.
                """);
        assertThat(problems(unknown)).containsExactly("profiles/apr.md:46: option 'Fast Option' is not an option of "
                + "actor 'Receiver' (its options: Safe Option)");
        CatalogFixture itself = withOptionRules("""
                  - kind: requires-one-of
                    actors: [Sender]
                    when: Safe Option
                    options: [Safe Option, Slow Option]
                    explanation: Safety needs a slow mode.
                """);
        assertThat(problems(itself)).containsExactly("profiles/apr.md:46: 'when' option 'Safe Option' is also one of the "
                + "rule's options, so the rule could never be broken");
    }

    @Test
    void notTogetherNeedsTwoOptions() {
        CatalogFixture f = withOptionRules("""
                  - kind: not-together
                    actors: [Sender]
                    options: [Fast Option]
                    explanation: One speed at a time.
                """);
        assertThat(problems(f)).containsExactly("profiles/apr.md:46: a not-together rule needs at least two options");
    }

    @Test
    void anOptionRuleExplainsItselfAndCitesKnownSources() {
        CatalogFixture empty = withOptionRules("""
                  - kind: all-of
                    actors: "*"
                    options: [Safe Option]
                    explanation: " "
                """);
        assertThat(problems(empty)).containsExactly("profiles/apr.md:47: 'explanation' is empty");
        CatalogFixture missing = withOptionRules("""
                  - kind: all-of
                    actors: "*"
                    options: [Safe Option]
                """);
        assertThat(problems(missing)).containsExactly("profiles/apr.md:44: missing required key 'explanation'");
        CatalogFixture source = withOptionRules("""
                  - kind: all-of
                    actors: "*"
                    options: [Safe Option]
                    explanation: Everyone is safe.
                    verified: true
                    sources: [S-ONE, S-NINE]
                """);
        assertThat(problems(source)).containsExactly(
                "profiles/apr.md:49: unknown source 'S-NINE' (sources are listed in profiles/sources.yaml)");
        CatalogFixture key = withOptionRules("""
                  - kind: all-of
                    actors: "*"
                    options: [Safe Option]
                    explanation: Everyone is safe.
                    because: it is
                """);
        assertThat(problems(key)).singleElement().asString()
                .startsWith("profiles/apr.md:48: unknown key 'because' (allowed here: kind, actors, options, when, "
                        + "explanation,");
    }

    @Test
    void aSystemTypePlaysExistingActors() {
        CatalogFixture f = new CatalogFixture().withProfiles().replace("system-types/box.md", "actor: Receiver",
                "actor: Archive");
        assertThat(problems(f)).containsExactly(
                "system-types/box.md:8: actor 'Archive' is not an actor of profile APR (actors: Sender, Receiver)");
        CatalogFixture system = new CatalogFixture().withProfiles().replace("system-types/box.md",
                "use-case-systems: [PACS]", "use-case-systems: [PACS, Tape Robot]");
        assertThat(problems(system)).containsExactly("system-types/box.md:5: no use-case row names the system 'Tape Robot'");
    }

    private static final String SERVICE = """
            ---
            id: cardio
            name: Cardiology
            standards: [beta]
            profiles: [bpr]
            options:
              - {profile: apr, option: Fast Option}
            rows:
              - {use-case: demo, row: Alpha and Beta}
            ---
            Hearts and vessels.
            """;

    @Test
    void clinicalServicesLoadAndSayWhatBelongsToThem() {
        Catalog catalog = CatalogLoader.load(new CatalogFixture().withProfiles()
                .with("clinical-services/cardio.md", SERVICE).files());
        var cardio = catalog.clinicalService("cardio").orElseThrow();
        assertThat(catalog.clinicalServices()).containsExactly(cardio);
        assertThat(cardio.name()).isEqualTo("Cardiology");
        assertThat(cardio.description()).isEqualTo("Hearts and vessels.");
        assertThat(catalog.servicesOf(catalog.standard("beta").orElseThrow())).containsExactly(cardio);
        assertThat(catalog.servicesOf(catalog.standard("alpha").orElseThrow())).isEmpty();
        assertThat(catalog.servicesOf(catalog.profile("bpr").orElseThrow())).containsExactly(cardio);
        assertThat(catalog.servicesOf(catalog.profile("apr").orElseThrow())).isEmpty();
        assertThat(catalog.servicesOfOption(catalog.profile("apr").orElseThrow(), "Fast Option")).containsExactly(cardio);
        assertThat(catalog.servicesOf(catalog.useCase("demo").orElseThrow().rows().getFirst())).containsExactly(cardio);
    }

    @Test
    void aClinicalServiceNamesWhatTheCatalogHolds() {
        CatalogFixture f = new CatalogFixture().withProfiles().with("clinical-services/cardio.md", SERVICE
                .replace("standards: [beta]", "standards: [beta, omega, beta]")
                .replace("profiles: [bpr]", "profiles: [bpr, apr, zpr]")
                .replace("option: Fast Option", "option: Slow Option")
                .replace("row: Alpha and Beta}", "row: Gamma}\n  - {use-case: moon, row: Alpha and Beta}"));
        assertThat(problems(f)).containsExactly(
                "clinical-services/cardio.md:4: 'beta' is listed twice",
                "clinical-services/cardio.md:4: unknown standard 'omega'",
                "clinical-services/cardio.md:5: IHE APR is the portfolio entry 'alpha': list it under 'standards'",
                "clinical-services/cardio.md:5: profile 'zpr' is not in the catalog",
                "clinical-services/cardio.md:7: no actor of IHE APR has the option 'Slow Option'",
                "clinical-services/cardio.md:9: use case 'demo' has no row 'Gamma'",
                "clinical-services/cardio.md:10: unknown use case 'moon'");
    }

    @Test
    void aClinicalServiceIsNamedAfterItsIdHasContentAndADescription() {
        CatalogFixture misnamed = new CatalogFixture().withProfiles().with("clinical-services/heart.md", SERVICE);
        assertThat(problems(misnamed)).containsExactly(
                "clinical-services/heart.md:2: the file holding id 'cardio' must be named clinical-services/cardio.md");
        CatalogFixture empty = new CatalogFixture().with("clinical-services/cardio.md", """
                ---
                id: cardio
                name: Cardiology
                colour: red
                ---
                """);
        assertThat(problems(empty)).containsExactly(
                "clinical-services/cardio.md:4: unknown key 'colour' (allowed here: id, name, standards, profiles, "
                        + "options, proposes, rows)",
                "clinical-services/cardio.md:6: a clinical service needs a description after the front matter");
        CatalogFixture nothing = new CatalogFixture().with("clinical-services/cardio.md", """
                ---
                id: cardio
                name: Cardiology
                ---
                Hearts.
                """);
        assertThat(problems(nothing)).containsExactly("clinical-services/cardio.md:2: a clinical service needs at "
                + "least one of 'standards', 'profiles', 'options', 'rows' or 'proposes'");
    }

    @Test
    void aSystemTypeCreatesContentStandardsThatAreNotProfiles() {
        CatalogFixture f = new CatalogFixture().withProfiles().replace("system-types/box.md",
                "    options: [Fast Option]\n", "    options: [Fast Option]\ncreates: [alpha, beta, omega, beta]\n");
        assertThat(problems(f)).containsExactly(
                "system-types/box.md:12: 'alpha' is an IHE profile: say which of its actors the system plays under "
                        + "'plays', not under 'creates'",
                "system-types/box.md:12: 'beta' is listed twice under 'creates'",
                "system-types/box.md:12: 'beta' is not a content standard (Table 2); 'creates' lists the content "
                        + "objects the system creates",
                "system-types/box.md:12: unknown standard 'omega'");
        CatalogFixture empty = new CatalogFixture().withProfiles().replace("system-types/box.md",
                "    options: [Fast Option]\n", "    options: [Fast Option]\ncreates: []\n");
        assertThat(problems(empty)).containsExactly("system-types/box.md:12: 'creates' is empty: list the content "
                + "objects the system creates, or leave the key out if it creates none of them");
    }

    @Test
    void aSystemTypePlaysNoActorOnlyOfKnownProfilesItDoesNotPlay() {
        CatalogFixture ok = new CatalogFixture().withProfiles().replace("system-types/box.md",
                "    options: [Fast Option]\n", "    options: [Fast Option]\nplays-no-actor:\n"
                        + "  - {profile: bpr, note: the box keeps no time}\n");
        assertThat(CatalogLoader.load(ok.files()).systemType("box").orElseThrow().whyNoActorIn("bpr"))
                .contains("the box keeps no time");
        CatalogFixture bad = new CatalogFixture().withProfiles().replace("system-types/box.md",
                "    options: [Fast Option]\n", "    options: [Fast Option]\nplays-no-actor:\n"
                        + "  - {profile: apr, note: but it does}\n  - {profile: zpr, note: no such profile}\n");
        assertThat(problems(bad)).containsExactly(
                "system-types/box.md:13: the system plays Receiver of APR (line 7), so it cannot be listed under "
                        + "'plays-no-actor'",
                "system-types/box.md:14: profile 'zpr' is not in the catalog");
        CatalogFixture silent = new CatalogFixture().withProfiles().replace("system-types/box.md",
                "    options: [Fast Option]\n", "    options: [Fast Option]\nplays-no-actor:\n  - {profile: bpr}\n");
        assertThat(problems(silent)).containsExactly("system-types/box.md:13: missing required key 'note'");
    }

    @Test
    void factsCiteKnownSourcesAndFlags() {
        CatalogFixture f = new CatalogFixture().withProfiles().replace("profiles/apr.md", "sources: [S-TWO]",
                "sources: [S-THREE]").replace("profiles/apr.md", "verified: partial", "verified: maybe");
        assertThat(problems(f)).containsExactly(
                "profiles/apr.md:22: 'verified' must be true, partial or false, not 'maybe'",
                "profiles/apr.md:23: unknown source 'S-THREE' (sources are listed in profiles/sources.yaml)");
    }

    @Test
    void aClinicalServiceProposesOnlyProfilesThePortfolioDoesNotRate() {
        String service = """
                ---
                id: ai
                name: AI
                proposes:
                - {profile: PROFILE, category: CATEGORY}
                ---
                Algorithms that read images.
                """;
        CatalogFixture rated = new CatalogFixture().withProfiles().with("clinical-services/ai.md",
                service.replace("PROFILE", "apr").replace("CATEGORY", "content"));
        assertThat(problems(rated)).containsExactly("clinical-services/ai.md:5: IHE APR is the portfolio entry 'alpha':"
                + " the use cases already propose it");
        CatalogFixture badCategory = new CatalogFixture().withProfiles().with("clinical-services/ai.md",
                service.replace("PROFILE", "bpr").replace("CATEGORY", "kitchen"));
        assertThat(problems(badCategory)).singleElement().asString().startsWith("clinical-services/ai.md:5:")
                .contains("kitchen");
        Catalog catalog = CatalogLoader.load(new CatalogFixture().withProfiles().with("clinical-services/ai.md",
                service.replace("PROFILE", "bpr").replace("CATEGORY", "content")).files());
        assertThat(catalog.clinicalService("ai").orElseThrow().proposes()).containsExactly(
                new org.rspnavigator.model.ClinicalService.Proposed("bpr", org.rspnavigator.model.Category.CONTENT));
    }

    @Test
    void aFactIsNoMoreVerifiedThanTheKindOfItsSourcesAllows() {
        CatalogFixture other = new CatalogFixture().withProfiles()
                .replace("profiles/sources.yaml", "kind: ihe-secondary", "kind: other");
        assertThat(problems(other)).containsExactly("profiles/apr.md:22: 'verified: partial' needs an IHE publication or"
                + " an IHE secondary source among the fact's sources; S-TWO reaches 'unverified'");
        CatalogFixture noSection = new CatalogFixture().withProfiles()
                .replace("profiles/sources.yaml", ", section: \"1\"", "");
        assertThat(problems(noSection)).hasSize(4).allSatisfy(p -> assertThat(p)
                .endsWith("'verified: true' needs an IHE publication among the fact's sources; S-ONE reaches"
                        + " 'partly verified'"));
        CatalogFixture uncited = new CatalogFixture().withProfiles()
                .replace("profiles/apr.md", "    sources: [S-TWO]\n", "");
        assertThat(problems(uncited)).containsExactly("profiles/apr.md:22: 'verified: partial' needs an IHE publication"
                + " or an IHE secondary source among the fact's sources, and it cites none");
    }

    @Test
    void sourcesHaveAKnownKindAnIdOnceAndMayBeSplitOverFiles() {
        CatalogFixture badKind = new CatalogFixture().withProfiles()
                .replace("profiles/sources.yaml", "kind: ihe-secondary", "kind: hearsay");
        assertThat(problems(badKind)).contains("profiles/sources.yaml:2: 'kind' must be one of ihe-publication,"
                + " ihe-secondary, other, not 'hearsay'");
        CatalogFixture split = new CatalogFixture().withProfiles()
                .replace("profiles/sources.yaml", "S-TWO: {kind: ihe-secondary, what: \"An IHE wiki page\","
                        + " where: \"example.org/wiki\"}\n", "")
                .with("profiles/sources-wiki.yaml", "S-TWO: {kind: ihe-secondary, what: \"An IHE wiki page\","
                        + " where: \"example.org/wiki\"}\n");
        Catalog catalog = CatalogLoader.load(split.files());
        assertThat(catalog.profile("apr").orElseThrow().actor("Receiver").orElseThrow().verification().sources())
                .singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(org.rspnavigator.model.SourceKind.IHE_SECONDARY);
                    assertThat(s.reach()).isEqualTo(VerificationLevel.PARTIAL);
                });
        CatalogFixture twice = new CatalogFixture().withProfiles()
                .with("profiles/sources-again.yaml", "S-ONE: {kind: other, what: x, where: y}\n");
        assertThat(problems(twice)).containsExactly("profiles/sources-again.yaml:1: source S-ONE is listed twice");
    }

    @Test
    void aPortfolioEntryIsOneProfileAndProfilesBuildOnKnownStandards() {
        CatalogFixture twice = new CatalogFixture().withProfiles().replace("profiles/bpr.md", "domain: it-infrastructure",
                "domain: it-infrastructure\nportfolio-entry: alpha");
        assertThat(problems(twice)).singleElement().asString()
                .matches("profiles/(apr|bpr)\\.md:\\d+: portfolio entry 'alpha' is already the profile in profiles/(apr|bpr)\\.md");
        CatalogFixture unknown = new CatalogFixture().withProfiles().replace("profiles/apr.md", "builds-on: [beta]",
                "builds-on: [beta, omega]");
        assertThat(problems(unknown)).containsExactly("profiles/apr.md:12: unknown standard 'omega'");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnce() {
        CatalogFixture f = new CatalogFixture()
                .replace("standards/alpha.md", "tooling: moderate", "tooling: plenty")
                .replace("standards/beta.md", "sdo: who", "sdo: whom")
                .replace("use-cases/demo.md", "purpose: To code things.\n", "");
        assertThat(problems(f)).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("standards/alpha.md:11: 'plenty' is not a valid tooling level"))
                .anySatisfy(p -> assertThat(p).startsWith("standards/beta.md:12: 'whom' is not a valid SDO"))
                .anySatisfy(p -> assertThat(p).isEqualTo("use-cases/demo.md:7: missing required key 'purpose'"));
    }

    @Test
    void theExceptionMessageListsEveryProblem() {
        CatalogFixture f = new CatalogFixture()
                .replace("standards/alpha.md", "tooling: moderate", "tooling: plenty")
                .replace("standards/beta.md", "sdo: who", "sdo: whom");
        assertThatThrownBy(() -> CatalogLoader.load(f.files()))
                .hasMessageStartingWith("The catalog is invalid (2 problems):\n  standards/alpha.md:11:")
                .hasMessageContaining("\n  standards/beta.md:12:");
    }

    @Test
    void readsACatalogFromADirectory(@TempDir Path dir) throws Exception {
        for (var e : new CatalogFixture().files().texts().entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        assertThat(CatalogLoader.load(dir).standards()).hasSize(3);
        Files.delete(dir.resolve("catalog.yaml"));
        assertThatThrownBy(() -> CatalogLoader.load(dir)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("no catalog here: catalog.yaml is missing");
    }
}
