package org.rspnavigator.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.SystemType;

/**
 * The kinds of systems people buy (PACS, RIS, EHR, a CT scanner), id {@code system-type:<id>}:
 * the name and the acronyms in it or that the use-case tables print for it ("PACS", "EHR") are
 * keys, the other parts of the name, the aliases and other names names, the description and the actors it usually plays the body
 * ("A PACS usually plays: Image Manager/Image Archive in SWF.b, ..."), so that "PACS" and "what
 * does a PACS play" find it. No facets: a system type is not a standard. Its description speaks
 * of everything the system does, so a system type comes after the standards and profiles that a
 * task's words name ({@link #PRIOR}); it concerns itself, by its keys, so that a text naming the
 * system ("what does a PACS play") lifts it as it lifts the use-case rows concerning the system.
 */
public final class SystemTypeDocuments implements SearchDocumentSource {

    static final float PRIOR = 0.3f;

    @Override
    public List<SearchDocument> documents(Catalog catalog) {
        return catalog.systemTypes().stream().map(t -> document(t, catalog)).toList();
    }

    static SearchDocument document(SystemType t, Catalog catalog) {
        // The name and the acronyms in it ("EHR" of "EHR / order placer") are keys; its other parts
        // ("order placer", "Teaching file") are names: the profile doing the job comes first.
        Set<String> keys = new LinkedHashSet<>();
        keys.add(t.name());
        List<String> names = new ArrayList<>();
        for (String part : t.name().split("/")) {
            String p = part.strip();
            if (Analysis.isAcronym(p)) {
                keys.add(p);
            } else if (!p.isEmpty() && !p.equals(t.name())) {
                names.add(p);
            }
        }
        t.useCaseSystems().stream().filter(Analysis::isAcronym).forEach(keys::add);
        names.addAll(t.aliases());
        t.useCaseSystems().stream().filter(s -> !keys.contains(s) && !names.contains(s)).forEach(names::add);
        List<String> roles = t.plays().stream().map(r -> r.actor() + " in " + catalog.profile(r.profile())
                .map(Profile::acronym).orElse(r.profile()) + (r.options().isEmpty() ? "" : " (" + String.join(", ", r.options()) + ")"))
                .distinct().toList();
        String body = PlainText.of(t.description())
                + (roles.isEmpty() ? "" : " A " + t.name() + " usually plays these IHE actors: " + String.join("; ", roles) + ".");
        List<String> notes = t.plays().stream().map(r -> r.note().orElse("")).filter(n -> !n.isBlank()).distinct().toList();
        return new SearchDocument(new HitTarget.SystemTypeTarget(t.id()), t.name(),
                "System type · plays " + t.plays().size() + " IHE actor" + (t.plays().size() == 1 ? "" : "s"),
                List.copyOf(keys), List.of(), names, List.copyOf(keys), body, notes, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), PRIOR, List.of(new SearchDocument.Completion(t.name(), t.name(), 500)));
    }
}
