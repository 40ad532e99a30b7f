package org.rspnavigator.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Standard;

/**
 * The numbered transactions of the IHE profiles, one document per profile that lists one
 * ({@code <profile id>#<transaction id>}, "swf-b#RAD-8"): people look transactions up by number
 * ("RAD-8", "ITI-41") and by name ("Provide and Register"). The number is a key, the name a name,
 * the actors that initiate and respond what it concerns. A transaction several profiles list
 * (RAD-8 in SWF.b, SWF, NMI, MAMMO, ...) is first found in its {@linkplain #homes home}: of the
 * profiles listing it, one whose portfolio entry is preferred before emerging and legacy ones,
 * and among those the one listing most transactions, the workflow profile that content profiles
 * reuse it from (RAD-8 in SWF.b, ITI-41 in XDS.b). Exchanges without a number (a content profile's "Share Content") are left to
 * their profile.
 */
public final class TransactionDocuments implements SearchDocumentSource {

    /**
     * A transaction in its home profile: found by its number and name (an exact key outweighs any
     * prior), but below the standards, profiles and actors when only words of its name match
     * ("Send", "Images", "UPS").
     */
    static final float HOME_PRIOR = 0.25f;
    /** The same transaction where another profile reuses it. */
    static final float REUSED_PRIOR = 0.2f;

    @Override
    public List<SearchDocument> documents(Catalog catalog) {
        Map<String, String> homes = homes(catalog.profiles());
        List<SearchDocument> documents = new ArrayList<>();
        for (Profile p : catalog.profiles()) {
            Set<String> seen = new LinkedHashSet<>();
            for (ProfileTransaction t : p.transactions()) {
                if (!t.id().isEmpty() && seen.add(t.id())) {
                    documents.add(document(p, t, p.id().equals(homes.get(t.id()))));
                }
            }
        }
        return documents;
    }

    /**
     * For each transaction id, its home: of the profiles listing it, those of the best assessment
     * group (a profile outside the portfolio counts as legacy), and of those the one listing most
     * transactions, then the first.
     */
    static Map<String, String> homes(List<Profile> profiles) {
        Map<String, List<Profile>> byTransaction = new LinkedHashMap<>();
        for (Profile p : profiles) {
            p.transactions().stream().map(ProfileTransaction::id).filter(id -> !id.isEmpty()).distinct()
                    .forEach(id -> byTransaction.computeIfAbsent(id, k -> new ArrayList<>()).add(p));
        }
        Map<String, String> homes = new LinkedHashMap<>();
        Comparator<Profile> order = Comparator.<Profile>comparingDouble(p -> -groupPrior(p))
                .thenComparing(Comparator.<Profile>comparingInt(p -> p.transactions().size()).reversed());
        byTransaction.forEach((id, listing) -> homes.put(id, listing.stream().sorted(order).findFirst().orElseThrow().id()));
        return homes;
    }

    private static float groupPrior(Profile p) {
        return p.portfolioEntry().map(s -> StandardDocuments.prior(s.group())).orElse(StandardDocuments.prior(
                org.rspnavigator.model.AssessmentGroup.LEGACY));
    }

    static SearchDocument document(Profile p, ProfileTransaction t, boolean home) {
        List<String> actors = new ArrayList<>(t.initiators());
        t.responders().stream().filter(a -> !actors.contains(a)).forEach(actors::add);
        StringBuilder body = new StringBuilder();
        body.append(t.label()).append(" is a transaction of the IHE ").append(p.name()).append(" (").append(p.acronym())
                .append(") profile");
        if (!t.initiators().isEmpty()) {
            body.append(", from ").append(String.join(", ", t.initiators()));
        }
        if (!t.responders().isEmpty()) {
            body.append(" to ").append(String.join(", ", t.responders()));
        }
        body.append('.');
        if (!t.requiredFor().isEmpty()) {
            body.append(" Required for ").append(String.join(", ", t.requiredFor())).append('.');
        }
        if (!t.optionalFor().isEmpty()) {
            body.append(" Optional for ").append(String.join(", ", t.optionalFor())).append('.');
        }
        Optional<Standard> entry = p.portfolioEntry();
        return new SearchDocument(new HitTarget.TransactionTarget(p.id(), t.id()), t.label(),
                p.title() + " · " + t.displayName(), List.of(t.id(), p.acronym() + " " + t.id()), List.of(),
                List.of(t.name(), t.displayName()), actors, body.toString(), List.of(), List.of(),
                entry.map(Standard::category), entry.map(Standard::group), entry.map(Standard::maturity),
                (home ? HOME_PRIOR : REUSED_PRIOR) * groupPrior(p),
                List.of(new SearchDocument.Completion(t.id() + " " + t.name(), t.label() + " (" + p.acronym() + ")",
                        home ? 1 : 0)));
    }
}
