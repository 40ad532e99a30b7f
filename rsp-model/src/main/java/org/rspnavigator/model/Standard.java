package org.rspnavigator.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the portfolio: a row of Tables 1–5 of ISO 21860 with its ratings and footnotes,
 * the facts of the clause that describes it, and the project's own descriptive text (Markdown).
 * Relations and use-case rows are held by the {@link Catalog}, which links entries together.
 *
 * @param position          the row within its assessment group of the table, from 1
 * @param footnotes         table footnotes that qualify the entry as a whole (e.g. the SNOMED licensing note)
 * @param specification     where the SDO specifies it, e.g. "PS3.16 TID 10011"
 * @param clause            the ISO 21860 clause that describes it, e.g. "5.3.2.8"
 * @param scope             what it covers (Markdown, project's words)
 * @param implementationNotes who implements it and what to watch for (Markdown, project's words)
 * @param toolingNote       the tools around it (Markdown, project's words)
 * @param source            the catalog file it was read from, relative to the catalog root
 * @param correction        where the catalog deliberately differs from what the table prints (the brief name)
 */
public record Standard(
        String id,
        String briefName,
        String formalName,
        Category category,
        AssessmentGroup group,
        int position,
        Maturity maturity,
        AdoptionRating productAdoption,
        AdoptionRating siteDeployment,
        ToolingLevel tooling,
        List<Footnote> footnotes,
        List<Sdo> sdos,
        Optional<String> specification,
        String clause,
        List<String> acronyms,
        List<String> aliases,
        String scope,
        String implementationNotes,
        String toolingNote,
        String source,
        Optional<Correction> correction) {

    public Standard {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(briefName, "briefName");
        Objects.requireNonNull(formalName, "formalName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(maturity, "maturity");
        Objects.requireNonNull(productAdoption, "productAdoption");
        Objects.requireNonNull(siteDeployment, "siteDeployment");
        Objects.requireNonNull(tooling, "tooling");
        footnotes = List.copyOf(footnotes);
        sdos = List.copyOf(sdos);
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(clause, "clause");
        acronyms = List.copyOf(acronyms);
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(implementationNotes, "implementationNotes");
        Objects.requireNonNull(toolingNote, "toolingNote");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(correction, "correction");
    }

    /** An entry whose brief name is as the table prints it. */
    public Standard(String id, String briefName, String formalName, Category category, AssessmentGroup group,
            int position, Maturity maturity, AdoptionRating productAdoption, AdoptionRating siteDeployment,
            ToolingLevel tooling, List<Footnote> footnotes, List<Sdo> sdos, Optional<String> specification,
            String clause, List<String> acronyms, List<String> aliases, String scope, String implementationNotes,
            String toolingNote, String source) {
        this(id, briefName, formalName, category, group, position, maturity, productAdoption, siteDeployment, tooling,
                footnotes, sdos, specification, clause, acronyms, aliases, scope, implementationNotes, toolingNote,
                source, Optional.empty());
    }

    /** The ISO 21860 table that lists it. */
    public int table() {
        return category.table();
    }

    /** Where the entry comes from: "ISO 21860:2020 Table 2, clause 5.3.2.8". */
    public String provenance() {
        return Provenance.cite(Optional.of(table()), clause);
    }

    /** Every footnote that bears on the entry: its own and those of its ratings, without repeats. */
    public List<Footnote> allFootnotes() {
        return java.util.stream.Stream.of(footnotes.stream(), productAdoption.footnote().stream(),
                        siteDeployment.footnote().stream())
                .flatMap(s -> s).distinct().toList();
    }
}
