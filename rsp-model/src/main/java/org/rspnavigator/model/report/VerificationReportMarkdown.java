package org.rspnavigator.model.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rspnavigator.model.Source;
import org.rspnavigator.model.report.VerificationReport.Fact;
import org.rspnavigator.model.report.VerificationReport.LevelCounts;
import org.rspnavigator.model.report.VerificationReport.ProfileRow;
import org.rspnavigator.model.report.VerificationReport.SourceUse;
import org.rspnavigator.model.report.VerificationReport.Totals;

/**
 * The verification report as a Markdown page ({@code docs/verification-report.md}). The page
 * depends on the catalog only, never on the date or the machine, so that a test can tell whether
 * the page in the repository is up to date.
 */
public final class VerificationReportMarkdown {

    /** The command that regenerates the page. */
    public static final String COMMAND = "bin/verification-report";

    private VerificationReportMarkdown() {
    }

    public static String render(VerificationReport report, String edition) {
        StringBuilder md = new StringBuilder();
        md.append("# IHE profile verification report\n\n");
        md.append("How far the catalog's facts about IHE profiles are confirmed, computed from catalog edition ")
                .append(edition).append(". This page is generated: do not edit it, run `").append(COMMAND)
                .append("` after changing a profile or a source (a test fails while it is out of date). The same"
                        + " report is served as JSON at `GET /api/v1/profiles/verification`.\n\n");
        md.append("""
                **What counts as a fact.** Each profile's status, each actor, each option of each actor, each \
                transaction, each required grouping and each option rule is one fact. The profile's overall \
                verification and its list of sources summarise these facts and are not counted again.

                **Levels.** A fact is *verified* when it is stated in an IHE publication (a Technical Framework \
                volume, a supplement, an implementation guide) cited by document, revision and section; *partly \
                verified* when its best source is an IHE secondary source (the IHE wiki, IHE slides, a \
                Connectathon result) or an IHE publication cited without a section; *unverified* otherwise. The \
                catalog loader refuses a fact marked higher than its sources allow (see \
                [catalog-format.md](catalog-format.md)).

                """);

        md.append("## Target\n\n**").append(report.target().line()).append("**\n\n");
        md.append("The share is taken over all facts of the portfolio's own profiles together, so that a profile with "
                + "many facts weighs more than one with few.\n\n");

        md.append("## Totals\n\n");
        md.append("| profiles | count | facts | verified | partly verified | unverified | verified share |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|\n");
        totalsRow(md, "The portfolio's own profiles", report.portfolio());
        totalsRow(md, "Profiles not rated by ISO 21860", new Totals(report.all().profiles() - report.portfolio().profiles(),
                new LevelCounts(report.all().facts().verified() - report.portfolio().facts().verified(),
                        report.all().facts().partial() - report.portfolio().facts().partial(),
                        report.all().facts().unverified() - report.portfolio().facts().unverified())));
        totalsRow(md, "All profiles", report.all());
        md.append('\n');

        md.append("## Profiles\n\n");
        md.append("| profile | name | portfolio entry | facts | verified | partly verified | unverified | verified share |\n");
        md.append("|---|---|---|--:|--:|--:|--:|--:|\n");
        for (ProfileRow row : report.profiles()) {
            LevelCounts c = row.facts();
            md.append("| ").append(cell(row.acronym())).append(" | ").append(cell(row.name())).append(" | ")
                    .append(row.portfolioEntry().map(VerificationReportMarkdown::cell)
                            .orElse("not rated by ISO 21860"))
                    .append(" | ").append(c.total()).append(" | ").append(c.verified()).append(" | ").append(c.partial())
                    .append(" | ").append(c.unverified()).append(" | ").append(c.verifiedPercent()).append(" |\n");
        }
        md.append('\n');

        md.append("## Public addresses\n\n");
        if (report.everyVerifiedFactTraceable()) {
            md.append("Every verified fact cites an IHE publication, by section, that a reader can open at a public "
                    + "address.\n\n");
        } else {
            md.append("Not every verified fact can be checked at a public address. These verified facts cite no IHE "
                    + "publication with a public address:\n\n");
            for (Fact f : report.untraceable()) {
                md.append("- ").append(f.acronym()).append(": ").append(f.description()).append(" (")
                        .append(ids(f.verification().sources())).append(")\n");
            }
            md.append('\n');
        }
        List<SourceUse> hidden = report.sourcesWithoutPublicAddress();
        if (hidden.isEmpty()) {
            md.append("Every source cited has a public address (a web address, with or without its scheme, or a "
                    + "public repository).\n\n");
        } else {
            md.append("Sources whose address is not a web address or a public repository, so that a reader cannot "
                    + "open them as given:\n\n");
            for (SourceUse u : hidden) {
                md.append("- ").append(u.source().id()).append(" (").append(u.source().kind().label()).append(", ")
                        .append(u.facts()).append(u.facts() == 1 ? " fact" : " facts").append("): `")
                        .append(code(u.source().where())).append("`\n");
            }
            md.append('\n');
        }

        md.append("## Sources\n\n");
        md.append("Every source a profile or one of its facts cites, the most cited first. *Reach* is the highest level "
                + "a fact reaches on that source alone.\n\n");
        md.append("| source | kind | reach | document | section | address | facts | of them verified | profiles |\n");
        md.append("|---|---|---|---|---|---|--:|--:|---|\n");
        for (SourceUse u : report.sources()) {
            Source s = u.source();
            md.append("| ").append(s.id()).append(" | ").append(s.kind().label()).append(" | ")
                    .append(s.reach().label()).append(" | ").append(cell(s.what())).append(" | ")
                    .append(cell(s.section().orElse("–"))).append(" | `").append(code(s.where())).append("`")
                    .append(u.address().isPublic() ? "" : " (no public address)").append(" | ").append(u.facts())
                    .append(" | ").append(u.verifiedFacts()).append(" | ").append(cell(String.join(", ", u.profiles())))
                    .append(" |\n");
        }
        md.append('\n');

        md.append("## Facts not verified\n\n");
        if (report.notVerified().isEmpty()) {
            md.append("Every fact is verified.\n");
        } else {
            md.append(report.notVerified().size()).append(report.notVerified().size() == 1 ? " fact is" : " facts are")
                    .append(" not verified. Each says why: its note, or, where it has none, what its sources allow.\n");
            Map<String, List<Fact>> byProfile = new LinkedHashMap<>();
            for (Fact f : report.notVerified()) {
                byProfile.computeIfAbsent(f.acronym(), a -> new java.util.ArrayList<>()).add(f);
            }
            Map<String, ProfileRow> rows = report.profiles().stream()
                    .collect(Collectors.toMap(ProfileRow::acronym, r -> r, (a, b) -> a));
            byProfile.forEach((acronym, facts) -> {
                ProfileRow row = rows.get(acronym);
                md.append("\n### ").append(acronym).append(" – ").append(row.name()).append(" (")
                        .append(facts.size()).append(" of ").append(row.facts().total()).append(")\n\n");
                md.append("| fact | level | why | sources |\n|---|---|---|---|\n");
                for (Fact f : facts) {
                    md.append("| ").append(cell(f.description())).append(" | ").append(f.level().label()).append(" | ")
                            .append(cell(f.reason())).append(" | ")
                            .append(f.verification().sources().isEmpty() ? "–" : ids(f.verification().sources()))
                            .append(" |\n");
                }
            });
        }
        return md.toString();
    }

    private static void totalsRow(StringBuilder md, String label, Totals t) {
        LevelCounts c = t.facts();
        md.append("| ").append(label).append(" | ").append(t.profiles()).append(" | ").append(c.total()).append(" | ")
                .append(c.verified()).append(" | ").append(c.partial()).append(" | ").append(c.unverified()).append(" | ")
                .append(c.verifiedPercent()).append(" |\n");
    }

    private static String ids(List<Source> sources) {
        return sources.stream().map(Source::id).distinct().collect(Collectors.joining(", "));
    }

    /** Text in a table cell: one line, pipes escaped. */
    static String cell(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }

    /** Text in a code span inside a table cell. */
    private static String code(String text) {
        return cell(text).replace("`", "'");
    }
}
