package org.rspnavigator.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns what a person typed into a Lucene query. The text is analysed, never parsed: quotes,
 * stars, "AND", brackets and colons are just characters, and a text that analyses to nothing
 * gives no query.
 *
 * <p>The query is the sum of
 * <ul>
 * <li>a strong constant bonus when the whole text is the title or a key ("XDS-I", "mammo cad"),
 * and a smaller one when it is a formal name or an alias;</li>
 * <li>the best field match (a disjunction with a tie-breaker), fields weighted from keys down to
 * notes, each with and without synonyms;</li>
 * <li>a bag-of-words match over all the text, so that a document having more of the words,
 * wherever they are, counts more;</li>
 * <li>phrase matches in names and prose, so words that belong together count more together;</li>
 * <li>fuzzy matches on the words of titles, keys and names for the words the index does not
 * know (typos), or for every word when the exact query found little.</li>
 * </ul>
 * {@link CatalogSearch} then multiplies it by each document's prior, and by
 * {@link CatalogSearch#NAMED_CONCERN_BOOST} for documents concerning a system the text names.
 */
final class QueryPlanner {

    /** Longer texts are cut to this many words: nobody types more, and queries stay small. */
    static final int MAX_WORDS = 16;
    /** Phrase bonuses are looked for in texts of up to this many words. */
    static final int MAX_PHRASE_WORDS = 8;

    static final float EXACT_KEY = 12f;
    static final float EXACT_NAME = 6f;
    static final float TIE_BREAKER = 0.3f;
    static final float FUZZY = 2f;
    static final float ALL_TEXT = 0.5f;
    static final float WORDS_OF_A_PHRASE = 0.6f;
    /**
     * From this many units of meaning (words, or a phrase the vocabulary knows: "electronic
     * health record" is one), a document must match {@linkplain #mustMatch half of them} (or be
     * the title, a key or a name as a whole): "send images to the EHR" is not answered by every
     * document that mentions images.
     */
    static final int MIN_UNITS_FOR_COVERAGE = 3;
    /** Two neighbouring words of the text close together in the prose: "images ... to the EHR". */
    static final float NEIGHBOURS = 0.5f;
    /** How far apart neighbouring words may be in the prose and still count as together. */
    static final int NEIGHBOURS_SLOP = 3;

    /** Field weights: keys above names above prose. */
    static final Map<String, Float> FIELD_WEIGHTS = orderedMap(
            Fields.IDENT, 4f,
            Fields.TITLE_EN, 3f,
            Fields.NAMES, 2f,
            Fields.CONCERNS, 2f,
            Fields.REFS, 1.5f,
            Fields.BODY, 1f,
            Fields.MENTIONS, 1.2f,
            Fields.NOTES, 0.5f);

    /** Phrase bonuses where word order carries meaning. */
    static final Map<String, Float> PHRASE_WEIGHTS = orderedMap(
            Fields.TITLE_EN, 2f,
            Fields.NAMES, 1.5f,
            Fields.BODY, 1f);

    /** How many words it is remembered for whether the index knows them, and their spelling corrections. */
    static final int REMEMBERED_WORDS = 20_000;
    /**
     * How many words' fuzzy expansions are remembered: each holds up to 50 of the index's words
     * with their statistics (some kilobytes), so far fewer; typos repeat.
     */
    static final int REMEMBERED_EXPANSIONS = 1_000;

    private final Analysis analysis;
    private final IndexReader reader;
    private final IndexSearcher rewriter;
    private final DirectSpellChecker spellChecker;
    private final Memo<String, Boolean> known;
    private final Memo<String, Optional<String>> bestGuess;
    private final Memo<String, Query> fuzzy;

    QueryPlanner(Analysis analysis, IndexReader reader) {
        this.analysis = analysis;
        this.reader = reader;
        this.rewriter = new IndexSearcher(reader);
        this.spellChecker = new DirectSpellChecker();
        spellChecker.setMaxEdits(2);
        spellChecker.setMinQueryLength(4);
        // Each is a function of the word and the index alone, and the index never changes: the
        // spelling check and the fuzzy match each build a Levenshtein automaton and walk the
        // index's words with it, the most expensive part of planning a query.
        this.known = new Memo<>(REMEMBERED_WORDS, this::occurs);
        this.bestGuess = new Memo<>(REMEMBERED_WORDS, this::guess);
        this.fuzzy = new Memo<>(REMEMBERED_EXPANSIONS, this::expandFuzzy);
    }

    /** A word as typed, with where it sits in the text. */
    record Word(String term, int start, int end) {
    }

    /**
     * @param query      the scoring query, or empty when the text analyses to nothing
     * @param body       the part of it that concerns the body, for highlighting
     * @param namedConcerns matches documents concerning a system the text names as a whole
     * @param unknown    words of the text that occur nowhere in the index
     * @param didYouMean the text with unknown words replaced by their closest known word
     */
    record Plan(Optional<Query> query, Optional<Query> body, Optional<Query> namedConcerns, List<Word> unknown,
            Optional<String> didYouMean) {
    }

    /** The words of {@code text} (lower-cased, unstemmed), at most {@link #MAX_WORDS}. */
    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream ts = analysis.plainAnalyzer().tokenStream(Fields.SPELL, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken() && words.size() < MAX_WORDS) {
                words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Plans the query for {@code typed}; {@code fuzzyEverything} adds fuzzy matching for every
     * word long enough, not only for unknown ones (the second try when the first found little).
     */
    Plan plan(String typed, boolean fuzzyEverything) {
        List<Word> words = words(typed);
        // Cut over-long input after the last word kept, so every field sees the same words.
        String text = words.size() == MAX_WORDS ? typed.substring(0, words.getLast().end()) : typed;
        List<Word> unknown = words.stream().filter(this::checkable).filter(w -> !known.get(w.term())).toList();
        Optional<String> didYouMean = correct(text, unknown);

        QueryBuilder builder = new GraphQueryBuilder(analysis.queryAnalyzer());
        // A phrase of the vocabulary ("breast x-ray") is matched as a phrase where positions are
        // kept, not as its words anywhere; the all-text field keeps none.
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        QueryBuilder unordered = new GraphQueryBuilder(analysis.queryAnalyzer());
        QueryBuilder literal = new QueryBuilder(analysis.indexAnalyzer());
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;

        String key = Analysis.exactKey(text);
        if (!key.isEmpty()) {
            query.add(constant(new TermQuery(new Term(Fields.EXACT, key)), EXACT_KEY), Occur.SHOULD);
            query.add(constant(new TermQuery(new Term(Fields.EXACT_NAME, key)), EXACT_NAME), Occur.SHOULD);
        }

        List<Query> perField = new ArrayList<>();
        Query body = null;
        for (Map.Entry<String, Float> field : FIELD_WEIGHTS.entrySet()) {
            Query q = withAndWithoutSynonyms(builder, literal, field.getKey(), text);
            if (q != null) {
                perField.add(new BoostQuery(q, field.getValue()));
                if (field.getKey().equals(Fields.BODY)) {
                    body = q;
                }
            }
        }
        if (!perField.isEmpty()) {
            query.add(new DisjunctionMaxQuery(perField, TIE_BREAKER), Occur.SHOULD);
            any = true;
        }
        // All the text at once: a document that has more of the words, wherever, counts more.
        Query all = withAndWithoutSynonyms(unordered, literal, Fields.ALL, text);
        if (all != null) {
            query.add(new BoostQuery(all, ALL_TEXT), Occur.SHOULD);
        }

        if (words.size() > 1 && words.size() <= MAX_PHRASE_WORDS) {
            for (Map.Entry<String, Float> field : PHRASE_WEIGHTS.entrySet()) {
                Query q = builder.createPhraseQuery(field.getKey(), text, 2);
                if (q != null) {
                    query.add(new BoostQuery(q, field.getValue()), Occur.SHOULD);
                }
            }
        }

        Optional<Query> coverage = coverage(unordered, text, unknown.size());
        coverage.ifPresent(required -> {
            BooleanQuery.Builder filter = new BooleanQuery.Builder();
            if (!key.isEmpty()) {
                filter.add(new TermQuery(new Term(Fields.EXACT, key)), Occur.SHOULD);
                filter.add(new TermQuery(new Term(Fields.EXACT_NAME, key)), Occur.SHOULD);
            }
            filter.add(required, Occur.SHOULD);
            query.add(filter.build(), Occur.FILTER);
        });

        // In a longer text, each two neighbouring words found close together in the body or the
        // title: the task ("images to the EHR") before a text that names its words far apart.
        if (words.size() > 2 && words.size() <= MAX_PHRASE_WORDS) {
            List<String> content = Analysis.terms(analysis.plainAnalyzer(), Fields.SPELL, text).stream()
                    .filter(w -> !Analysis.STOP_WORDS.contains(w)).toList();
            for (int i = 0; i + 1 < content.size(); i++) {
                String pair = content.get(i) + " " + content.get(i + 1);
                for (String field : List.of(Fields.BODY, Fields.TITLE_EN)) {
                    Query q = literal.createPhraseQuery(field, pair, NEIGHBOURS_SLOP);
                    if (q != null) {
                        query.add(new BoostQuery(q, NEIGHBOURS), Occur.SHOULD);
                    }
                }
            }
        }

        List<Word> fuzzyWords = fuzzyEverything
                ? words.stream().filter(w -> w.term().length() >= 4 && checkable(w)).toList()
                : unknown;
        for (Word w : fuzzyWords) {
            query.add(new BoostQuery(fuzzy.get(w.term()), FUZZY), Occur.SHOULD);
            any = true;
        }
        return new Plan(any ? Optional.of(query.build()) : Optional.empty(), Optional.ofNullable(body),
                namedConcerns(text, coverage.isPresent()), unknown, didYouMean);
    }

    /**
     * For a text of {@value #MIN_UNITS_FOR_COVERAGE} or more units of meaning, the query that a
     * document matches when it has {@linkplain #mustMatch enough} of them anywhere in its text.
     * The units are the clauses the query builder makes of the text over all the text: a word
     * with its one-word synonyms, or a phrase of the vocabulary with its alternatives. Words the
     * index does not know ({@code unknown}, typos left to fuzzy matching) are not asked for.
     */
    private static Optional<Query> coverage(QueryBuilder builder, String text, int unknown) {
        Query all = builder.createBooleanQuery(Fields.ALL, text, Occur.SHOULD);
        if (!(all instanceof BooleanQuery units)) {
            return Optional.empty();
        }
        int known = units.clauses().size() - unknown;
        if (known < MIN_UNITS_FOR_COVERAGE) {
            return Optional.empty();
        }
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        units.clauses().forEach(c -> required.add(c.query(), Occur.SHOULD));
        required.setMinimumNumberShouldMatch(mustMatch(known));
        return Optional.of(required.build());
    }

    /** Half the units, rounded up: 2 of 3 or 4, 3 of 5 or 6. */
    static int mustMatch(int units) {
        return (units + 1) / 2;
    }

    /**
     * The field's query with synonyms, and without when that differs: a multi-word synonym makes
     * its words one unit ("radiation dose" or "RDSR" or ...), so a document with only one of the
     * words ("radiation" in "Radiation Exposure Monitoring") would get no credit for it. The
     * better of the two counts, the words one by one somewhat less: the text named the phrase
     * ("electronic health record" is about the EHR before it is about health or records).
     */
    private static Query withAndWithoutSynonyms(QueryBuilder builder, QueryBuilder literal, String field, String text) {
        Query expanded = builder.createBooleanQuery(field, text, Occur.SHOULD);
        Query plain = literal.createBooleanQuery(field, text, Occur.SHOULD);
        if (expanded == null || plain == null || expanded.equals(plain)) {
            return expanded != null ? expanded : plain;
        }
        return new DisjunctionMaxQuery(List.of(expanded, new BoostQuery(plain, WORDS_OF_A_PHRASE)), 0f);
    }

    /**
     * Alternatives of a multi-word synonym are one choice, not evidence to add up: the best
     * matching alternative counts ("dose", "dose report" and "radiation dose" are one match of
     * "dose", not three).
     */
    private static final class GraphQueryBuilder extends QueryBuilder {
        GraphQueryBuilder(org.apache.lucene.analysis.Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query newGraphSynonymQuery(java.util.Iterator<Query> queries) {
            List<Query> alternatives = new ArrayList<>();
            queries.forEachRemaining(alternatives::add);
            return alternatives.size() == 1 ? alternatives.getFirst() : new DisjunctionMaxQuery(alternatives, 0f);
        }
    }

    /** Longest system name looked for in the text, in words. */
    private static final int MAX_CONCERN_WORDS = 4;

    /**
     * Documents concerning a system that the text names as a whole: every run of up to
     * {@value #MAX_CONCERN_WORDS} stemmed words of the text is looked up among the systems' keys.
     * "send images to the EHR" names the EHR; "dose" does not name "Dose Workstations". A system
     * type concerns itself, but only a short text is about it ("PACS", "what does a PACS play");
     * in a {@code task} (a text long enough for {@link #coverage}) it is not lifted.
     */
    private Optional<Query> namedConcerns(String text, boolean task) {
        List<String> stems = Analysis.terms(analysis.englishIndexAnalyzer(), Fields.CONCERNS_EXACT, text);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        for (int from = 0; from < stems.size(); from++) {
            for (int to = from + 1; to <= Math.min(stems.size(), from + MAX_CONCERN_WORDS); to++) {
                keys.add(String.join(" ", stems.subList(from, to)));
            }
        }
        for (String key : keys) {
            any.add(new TermQuery(new Term(Fields.CONCERNS_EXACT, key)), Occur.SHOULD);
        }
        if (task) {
            // "send images to the EHR" asks for what does the task with the EHR, not for the EHR.
            any.add(new TermQuery(new Term(Fields.TYPE, HitType.SYSTEM_TYPE.slug())), Occur.MUST_NOT);
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of(any.build());
    }

    /**
     * Whether a second try with fuzzy matching on every word could differ from {@code plan}: some
     * word long enough for it was known, so it was matched exactly only.
     */
    boolean fuzzierThan(Plan plan, String text) {
        return words(text).stream().anyMatch(w -> w.term().length() >= 4 && checkable(w) && !plan.unknown().contains(w));
    }

    private static Query constant(Query q, float boost) {
        return new BoostQuery(new ConstantScoreQuery(q), boost);
    }

    /** One edit for short words, two from six letters on; the first letter is taken as typed. */
    private static FuzzyQuery fuzzyQuery(String term) {
        int edits = term.length() >= 6 ? 2 : 1;
        return new FuzzyQuery(new Term(Fields.SPELL, term), edits, 1, 50, true);
    }

    /** The {@linkplain #fuzzyQuery fuzzy query} of {@code term}, expanded to the index's words it matches. */
    private Query expandFuzzy(String term) {
        try {
            return rewriter.rewrite(fuzzyQuery(term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Words that a spelling check makes sense for: letters only, three or more, not a stop word. */
    private boolean checkable(Word w) {
        String t = w.term();
        return t.length() >= 3 && t.chars().allMatch(Character::isLetter) && !Analysis.STOP_WORDS.contains(t);
    }

    /** Whether the word occurs anywhere in the index, as typed or (in prose) stemmed. */
    private boolean occurs(String term) {
        try {
            if (reader.docFreq(new Term(Fields.SPELL, term)) > 0 || reader.docFreq(new Term(Fields.IDENT, term)) > 0) {
                return true;
            }
            for (String stem : Analysis.terms(analysis.englishIndexAnalyzer(), Fields.BODY, term)) {
                for (String field : List.of(Fields.BODY, Fields.NOTES, Fields.MENTIONS, Fields.NAMES, Fields.TITLE_EN)) {
                    if (reader.docFreq(new Term(field, stem)) > 0) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each unknown word replaced by the spell checker's best guess, if any. */
    private Optional<String> correct(String text, List<Word> unknown) {
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder corrected = new StringBuilder();
        int at = 0;
        boolean changed = false;
        for (Word w : unknown) {
            Optional<String> guess = bestGuess.get(w.term());
            if (guess.isPresent()) {
                corrected.append(text, at, w.start()).append(guess.get());
                at = w.end();
                changed = true;
            }
        }
        corrected.append(text, at, text.length());
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }

    /** The spell checker's best guess for an unknown word, if it has one. */
    private Optional<String> guess(String word) {
        try {
            SuggestWord[] guesses = spellChecker.suggestSimilar(new Term(Fields.SPELL, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return guesses.length > 0 ? Optional.of(guesses[0].string) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Float> orderedMap(Object... pairs) {
        Map<String, Float> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Float) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
