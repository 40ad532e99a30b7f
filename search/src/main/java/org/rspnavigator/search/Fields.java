package org.rspnavigator.search;

/** The index's field names. */
final class Fields {

    // Not searched.
    /** The document's id, to find it by (tests, explanations). */
    static final String ID = "id";
    /** Where in the list of documents it came, to find what its hit shows. */
    static final String POSITION = "position";
    /** What it is, its {@link HitType}'s slug, to tell kinds apart in a query. */
    static final String TYPE = "type";
    /** Its prior, a float doc value. */
    static final String PRIOR = "prior";

    // Searched.
    /** Title and keys, whole, as {@link Analysis#exactKey exact keys}. */
    static final String EXACT = "exact";
    /** Formal names and aliases, whole, as exact keys. */
    static final String EXACT_NAME = "exact_name";
    /** Title and keys, identifier analysis. */
    static final String IDENT = "ident";
    /** Specification references, identifier analysis. */
    static final String REFS = "refs";
    /** Title and keys, English analysis. */
    static final String TITLE_EN = "title_en";
    /** Formal names and aliases, English analysis. */
    static final String NAMES = "names";
    /** Systems or actors the document concerns, English analysis. */
    static final String CONCERNS = "concerns";
    /** Each system or actor, whole, stemmed, with its synonyms: "imag displai", "ehr", "emr". */
    static final String CONCERNS_EXACT = "concerns_exact";
    /** The main prose, English analysis with offsets; stored for snippets. */
    static final String BODY = "body";
    /** What other entries say about this one, English analysis. */
    static final String MENTIONS = "mentions";
    /** Further prose, English analysis. */
    static final String NOTES = "notes";
    /** Everything, English analysis: not searched, only the statistics of how common a word is. */
    static final String ALL = "all";
    /** Title, keys and names as plain lower-cased words: spell checking and fuzzy matching. */
    static final String SPELL = "spell";

    // The facet dimensions are named by Facet.field().

    private Fields() {
    }
}
