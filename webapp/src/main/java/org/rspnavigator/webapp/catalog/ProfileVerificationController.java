package org.rspnavigator.webapp.catalog;

import java.util.List;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.Source;
import org.rspnavigator.model.report.VerificationReport;
import org.rspnavigator.model.report.VerificationReport.Fact;
import org.rspnavigator.model.report.VerificationReport.LevelCounts;
import org.rspnavigator.model.report.VerificationReport.ProfileRow;
import org.rspnavigator.model.report.VerificationReport.SourceUse;
import org.rspnavigator.model.report.VerificationReport.Totals;
import org.rspnavigator.webapp.catalog.CatalogJson.StandardRef;
import org.rspnavigator.webapp.platform.web.Api;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How far the catalog's facts about IHE profiles are verified ({@link VerificationReport}), open to
 * anonymous users like the rest of the catalog. The catalog does not change while the application
 * runs, so the report is computed once.
 */
@RestController
@Tag(name = "Profiles")
@RequestMapping(Api.V1)
class ProfileVerificationController {

    private final ReportJson report;

    ProfileVerificationController(Catalog catalog) {
        this.report = ReportJson.of(VerificationReport.of(catalog), catalog);
    }

    @GetMapping("/profiles/verification")
    ReportJson verification() {
        return report;
    }

    /** The wire format of the report. */
    record ReportJson(TargetJson target, TotalsJson portfolio, TotalsJson all, List<ProfileRowJson> profiles,
            List<SourceUseJson> sources, List<FactJson> notVerified, boolean everyVerifiedFactTraceable,
            List<FactJson> untraceable) {

        static ReportJson of(VerificationReport r, Catalog catalog) {
            return new ReportJson(TargetJson.of(r.target()), TotalsJson.of(r.portfolio()), TotalsJson.of(r.all()),
                    r.profiles().stream().map(row -> ProfileRowJson.of(row, catalog)).toList(),
                    r.sources().stream().map(SourceUseJson::of).toList(), r.notVerified().stream().map(FactJson::of).toList(),
                    r.everyVerifiedFactTraceable(), r.untraceable().stream().map(FactJson::of).toList());
        }
    }

    /** Facts by level; {@code verifiedPercent} is rounded to one decimal, {@code null} without facts. */
    record CountsJson(int facts, int verified, int partial, int unverified, Double verifiedPercent) {
        static CountsJson of(LevelCounts c) {
            return new CountsJson(c.total(), c.verified(), c.partial(), c.unverified(),
                    c.total() == 0 ? null : Math.round(1000.0 * c.verified() / c.total()) / 10.0);
        }
    }

    record TotalsJson(int profiles, CountsJson facts) {
        static TotalsJson of(Totals t) {
            return new TotalsJson(t.profiles(), CountsJson.of(t.facts()));
        }
    }

    record TargetJson(int percent, boolean met, CountsJson facts, String statement) {
        static TargetJson of(VerificationReport.Target t) {
            return new TargetJson(t.percent(), t.met(), CountsJson.of(t.facts()), t.line());
        }
    }

    record ProfileRowJson(String id, String acronym, String name, boolean portfolio, StandardRef portfolioEntry,
            CountsJson facts, String href) {
        static ProfileRowJson of(ProfileRow row, Catalog catalog) {
            StandardRef entry = catalog.profile(row.id()).flatMap(Profile::portfolioEntry).map(StandardRef::of)
                    .orElse(null);
            return new ProfileRowJson(row.id(), row.acronym(), row.name(), row.portfolio(), entry,
                    CountsJson.of(row.facts()), Api.V1 + "/profiles/" + row.id());
        }
    }

    record SourceUseJson(String id, String kind, String reach, String what, String section, String where, String address,
            boolean publicAddress, int facts, int verifiedFacts, List<String> profiles) {
        static SourceUseJson of(SourceUse u) {
            Source s = u.source();
            return new SourceUseJson(s.id(), s.kind().slug(), s.reach().slug(), s.what(), s.section().orElse(null),
                    s.where(), u.address().slug(), u.address().isPublic(), u.facts(), u.verifiedFacts(), u.profiles());
        }
    }

    record FactJson(String profile, String acronym, String kind, String fact, String level, String note, String reason,
            List<String> sources, String href) {
        static FactJson of(Fact f) {
            return new FactJson(f.profile(), f.acronym(), f.kind().slug(), f.description(), f.level().slug(),
                    f.verification().note().orElse(null), f.reason(),
                    f.verification().sources().stream().map(Source::id).distinct().toList(),
                    Api.V1 + "/profiles/" + f.profile());
        }
    }
}
