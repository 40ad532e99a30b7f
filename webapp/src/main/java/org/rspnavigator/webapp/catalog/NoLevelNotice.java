package org.rspnavigator.webapp.catalog;

import java.util.List;
import java.util.stream.Collectors;

import org.rspnavigator.model.Region;
import org.rspnavigator.model.Standard;

/** The sentence that names the standards a level filter could not compare in the chosen region. */
final class NoLevelNotice {

    private NoLevelNotice() {
    }

    /**
     * "IHE SWF.b has no level for Canada, so the level filters leave it out." or, when kept, "…
     * and is listed anyway."; empty when there is none.
     */
    static String summary(List<Standard> standards, Region region, boolean included) {
        if (standards.isEmpty()) {
            return "";
        }
        String names = standards.stream().map(Standard::briefName).collect(Collectors.joining(", "));
        boolean one = standards.size() == 1;
        String where = region == Region.ELSEWHERE ? "regions the footnotes do not name" : region.label();
        return names + (one ? " has" : " have") + " no level for " + where + " in " + (one ? "its" : "their")
                + " regional footnote, so the level filters "
                + (included ? "keep " + (one ? "it" : "them") + " anyway." : "leave " + (one ? "it" : "them") + " out.");
    }
}
