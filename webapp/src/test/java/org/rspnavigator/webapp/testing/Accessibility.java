package org.rspnavigator.webapp.testing;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/** axe-core, run in the page as it is now, to find the accessibility violations a person would hit. */
final class Accessibility {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    /** A violation of one axe rule, with up to three of the elements that break it. */
    public record Violation(String id, String impact, String help, int count, List<String> targets) {
        @Override
        public String toString() {
            return impact + " " + id + " (" + count + "×): " + help + " " + targets;
        }
    }

    /**
     * The critical and serious violations of the WCAG 2.1 A and AA rules, found by {@code axe.run}
     * in the page itself ("legacy mode": the application has no frames to visit), reporting
     * violations only. axe's default for Playwright runs each frame separately and assembles the
     * results in a new blank page, which cost about ten seconds a run on the catalog (a new
     * renderer, axe injected twice, every passed check sent back) against under two this way.
     */
    public static List<Violation> seriousViolations(Page page) {
        AxeRunOnlyOptions wcag = new AxeRunOnlyOptions();
        wcag.setType("tag");
        wcag.setValues(WCAG_A_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag);
        options.setResultTypes(List.of("violations"));
        List<Rule> violations = new AxeBuilder(page).options(options).setLegacyMode(true).analyze().getViolations();
        return violations.stream()
                .filter(v -> "critical".equals(v.getImpact()) || "serious".equals(v.getImpact()))
                .map(v -> new Violation(v.getId(), v.getImpact(), v.getHelp(), v.getNodes().size(),
                        v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()))
                .toList();
    }
}
