package org.rspnavigator.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.Verification;
import org.rspnavigator.model.VerificationLevel;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.model.report.VerificationReport.LevelCounts;
import org.rspnavigator.model.report.VerificationReport.ProfileRow;

/**
 * The verification report on the real catalog. The figures change as profiles are completed, so
 * nothing here names a figure: the report must add up, count every fact of every profile, and
 * match {@code docs/verification-report.md}.
 */
class VerificationReportCatalogTest {

    private static final Catalog CATALOG = CatalogLoader.loadFromClasspath();
    private static final VerificationReport REPORT = VerificationReport.of(CATALOG);

    @Test
    void theTotalsAreTheSumsOverTheProfiles() {
        assertThat(REPORT.profiles()).hasSameSizeAs(CATALOG.profiles());
        assertThat(REPORT.all().profiles()).isEqualTo(CATALOG.profiles().size());
        assertThat(REPORT.all().facts()).isEqualTo(sum(REPORT.profiles()));
        List<ProfileRow> portfolio = REPORT.profiles().stream().filter(ProfileRow::portfolio).toList();
        assertThat(REPORT.portfolio().profiles()).isEqualTo(portfolio.size())
                .isEqualTo((int) CATALOG.profiles().stream().filter(p -> p.portfolioEntry().isPresent()).count());
        assertThat(REPORT.portfolio().facts()).isEqualTo(sum(portfolio));
        assertThat(REPORT.target().facts()).isEqualTo(REPORT.portfolio().facts());
        assertThat(REPORT.notVerified()).hasSize(REPORT.all().facts().partial() + REPORT.all().facts().unverified());
    }

    @Test
    void eachProfileCountsEveryOneOfItsFacts() {
        for (Profile p : CATALOG.profiles()) {
            ProfileRow row = REPORT.profiles().stream().filter(r -> r.id().equals(p.id())).findFirst().orElseThrow();
            List<Verification> facts = new java.util.ArrayList<>();
            facts.add(p.statusVerification());
            for (ProfileActor a : p.actors()) {
                facts.add(a.verification());
                a.options().stream().map(ActorOption::verification).forEach(facts::add);
            }
            p.transactions().forEach(t -> facts.add(t.verification()));
            p.groupings().forEach(g -> facts.add(g.verification()));
            p.optionRules().forEach(r -> facts.add(r.verification()));

            assertThat(row.facts().total()).as(p.id()).isEqualTo(facts.size()).isEqualTo(1 + p.actors().size()
                    + p.actors().stream().mapToInt(a -> a.options().size()).sum() + p.transactions().size()
                    + p.groupings().size() + p.optionRules().size());
            assertThat(row.facts()).as(p.id()).isEqualTo(new LevelCounts(count(facts, VerificationLevel.VERIFIED),
                    count(facts, VerificationLevel.PARTIAL), count(facts, VerificationLevel.UNVERIFIED)));
            assertThat(row.portfolioEntry()).as(p.id()).isEqualTo(p.portfolioEntry().map(s -> s.briefName()));
        }
    }

    @Test
    void eachSourceCountsTheFactsCitingIt() {
        int citations = 0;
        for (Profile p : CATALOG.profiles()) {
            for (var f : VerificationReport.factsOf(p, CATALOG)) {
                citations += (int) f.verification().sources().stream().distinct().count();
            }
        }
        assertThat(REPORT.sources().stream().mapToInt(u -> u.facts()).sum()).isEqualTo(citations);
        assertThat(REPORT.sources()).allSatisfy(u -> assertThat(u.verifiedFacts()).isLessThanOrEqualTo(u.facts()));
        assertThat(REPORT.sources()).extracting(u -> u.source().id()).doesNotHaveDuplicates();
    }

    @Test
    void thePageInDocsIsUpToDate() throws IOException {
        Path page = repositoryRoot().resolve("docs/verification-report.md");
        String expected = VerificationReportMarkdown.render(REPORT, CATALOG.edition().edition());
        String actual = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("docs/verification-report.md does not match the catalog: run "
                + VerificationReportMarkdown.COMMAND + " and commit the page").isEqualTo(expected);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (with mvnw and docs/) above " + Path.of("").toAbsolutePath());
    }

    private static LevelCounts sum(List<ProfileRow> rows) {
        return new LevelCounts(rows.stream().mapToInt(r -> r.facts().verified()).sum(),
                rows.stream().mapToInt(r -> r.facts().partial()).sum(),
                rows.stream().mapToInt(r -> r.facts().unverified()).sum());
    }

    private static int count(List<Verification> facts, VerificationLevel level) {
        return (int) facts.stream().filter(v -> v.level() == level).count();
    }
}
