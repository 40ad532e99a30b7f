package org.rspnavigator.webapp.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rspnavigator.model.AssessmentGroup;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.IheDomain;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileStatus;
import org.rspnavigator.model.TermParameters;

/**
 * A selection of IHE profiles by domain, status and the assessment group of their portfolio
 * entry ({@code group=none} for profiles the portfolio does not list), as URL parameters shared by
 * the profile list view and the API.
 */
public record ProfileQuery(Set<IheDomain> domains, Set<ProfileStatus> statuses, Set<AssessmentGroup> groups,
        boolean notInPortfolio, String text) {

    public static final String DOMAIN = "domain";
    public static final String STATUS = "status";
    public static final String GROUP = "group";
    public static final String TEXT = "q";
    /** The {@code group} value for profiles without a portfolio entry. */
    public static final String NONE = "none";

    public static final ProfileQuery ALL = new ProfileQuery(Set.of(), Set.of(), Set.of(), false, "");

    public ProfileQuery {
        domains = Set.copyOf(domains);
        statuses = Set.copyOf(statuses);
        groups = Set.copyOf(groups);
        text = text == null ? "" : text.strip();
    }

    public boolean matches(Profile p) {
        boolean groupMatches = groups.isEmpty() && !notInPortfolio
                || p.portfolioEntry().map(s -> groups.contains(s.group())).orElse(notInPortfolio);
        String needle = text.toLowerCase(Locale.ROOT);
        return (domains.isEmpty() || domains.contains(p.domain()))
                && (statuses.isEmpty() || statuses.contains(p.status()))
                && groupMatches
                && (needle.isEmpty() || p.acronym().toLowerCase(Locale.ROOT).contains(needle)
                        || p.name().toLowerCase(Locale.ROOT).contains(needle)
                        || p.actors().stream().anyMatch(a -> a.name().toLowerCase(Locale.ROOT).contains(needle)));
    }

    public List<Profile> apply(Catalog catalog) {
        return catalog.profiles().stream().filter(this::matches).toList();
    }

    /** @throws IllegalArgumentException naming the parameter and value that is wrong */
    public static ProfileQuery fromParameters(Map<String, List<String>> parameters) {
        Set<AssessmentGroup> groups = TermParameters.parse(parameters, GROUP, AssessmentGroup.class, NONE);
        boolean none = TermParameters.values(parameters, GROUP).stream().anyMatch(NONE::equalsIgnoreCase);
        Set<IheDomain> domains = TermParameters.parse(parameters, DOMAIN, IheDomain.class);
        Set<ProfileStatus> statuses = TermParameters.parse(parameters, STATUS, ProfileStatus.class);
        String text = String.join(" ", parameters.getOrDefault(TEXT, List.of()));
        if (text.length() > 200) {
            throw new IllegalArgumentException("'q' is longer than 200 characters");
        }
        return new ProfileQuery(domains, statuses, groups, none, text);
    }
}
