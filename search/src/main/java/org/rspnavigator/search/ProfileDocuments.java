package org.rspnavigator.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.markup.Slugs;
import org.rspnavigator.model.ActorOption;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.model.ProfileTransaction;
import org.rspnavigator.model.Standard;

/**
 * IHE profiles and their actors. A profile is found by its acronym and name, and by the actors,
 * options and transactions it defines; an actor ({@code <profile id>:<actor anchor>}) by its name,
 * within its profile. Facets are those of the profile's portfolio entry, where it has one. Both
 * rank below the portfolio standard they belong to, which is where people usually want to land.
 */
public final class ProfileDocuments implements SearchDocumentSource {

    static final float PROFILE_PRIOR = 0.6f;
    /** A supporting profile the portfolio does not list (CT, PIX, MHD) matters less to most searches. */
    static final float SUPPORTING_PROFILE_PRIOR = 0.45f;
    static final float ACTOR_PRIOR = 0.35f;

    @Override
    public List<SearchDocument> documents(Catalog catalog) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Profile p : catalog.profiles()) {
            documents.add(profile(p));
            p.actors().forEach(a -> documents.add(actor(p, a)));
        }
        return documents;
    }

    private static List<String> transactionIds(List<ProfileTransaction> transactions) {
        return transactions.stream().map(ProfileTransaction::id).filter(id -> !id.isEmpty()).toList();
    }

    static SearchDocument profile(Profile p) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(p.acronym());
        keys.add("IHE " + p.acronym());
        List<String> names = List.of(p.name(), "IHE " + p.name());
        List<String> more = new ArrayList<>();
        more.add(PlainText.of(p.notes()));
        p.actors().forEach(a -> a.options().stream().map(ActorOption::name).forEach(more::add));
        p.transactions().stream().map(ProfileTransaction::label).forEach(more::add);
        Optional<Standard> entry = p.portfolioEntry();
        return new SearchDocument(new HitTarget.ProfileTarget(p.id()), p.title(),
                "IHE " + p.domain().label() + " profile · " + p.status().label()
                        + (p.ratedByIso21860() ? "" : " · " + Profile.NOT_RATED), List.copyOf(keys),
                transactionIds(p.transactions()), names,
                p.actors().stream().map(ProfileActor::name).toList(), PlainText.of(p.purpose()), more, List.of(),
                entry.map(Standard::category), entry.map(Standard::group), entry.map(Standard::maturity),
                entry.isPresent() ? PROFILE_PRIOR : SUPPORTING_PROFILE_PRIOR,
                List.of(new SearchDocument.Completion(p.acronym(), p.title(), 2),
                        new SearchDocument.Completion(p.name(), p.title(), 2)));
    }

    static SearchDocument actor(Profile p, ProfileActor a) {
        List<ProfileTransaction> transactions = p.transactionsOf(a.name());
        String body = a.name() + " is an actor of the IHE " + p.name() + " (" + p.acronym() + ") profile."
                + (transactions.isEmpty() ? "" : " Transactions: " + String.join("; ",
                        transactions.stream().map(ProfileTransaction::label).toList()) + ".")
                + (a.options().isEmpty() ? "" : " Options: " + String.join("; ",
                        a.options().stream().map(ActorOption::name).toList()) + ".");
        Optional<Standard> entry = p.portfolioEntry();
        return new SearchDocument(new HitTarget.ActorTarget(p.id(), Slugs.slug(a.name())), a.name(), p.title(),
                List.of(a.name(), p.acronym() + " " + a.name()), transactionIds(transactions),
                a.options().stream().map(ActorOption::name).toList(), List.of(p.acronym()), body, List.of(), List.of(),
                entry.map(Standard::category), entry.map(Standard::group), entry.map(Standard::maturity), ACTOR_PRIOR,
                List.of(new SearchDocument.Completion(a.name(), a.name() + " (" + p.acronym() + ")", 1)));
    }
}
