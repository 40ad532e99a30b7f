package org.rspnavigator.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.rspnavigator.model.SynonymGroup;

/**
 * The analysis chains of the index, one per kind of field, for indexing and for querying.
 *
 * <ul>
 * <li><b>identifier</b> ({@link Fields#IDENT}, {@link Fields#REFS}): split on white space and
 * brackets only, so that "XDS-I.b", "PS3.16", "C-STORE" and "OB/Gyn" reach the
 * {@link WordDelimiterGraphFilter} whole; it keeps the original, adds the parts ("xds", "i", "b")
 * and the parts glued together ("xdsib"), so every spelling of an identifier meets every other.
 * Graph filters are flattened at index time.</li>
 * <li><b>English</b> (names and prose): standard tokenizer, words split at a dot between letters
 * ("Workflow.b"), possessives, lower case, folding, stop words, Porter stemming (except for
 * {@link #UNSTEMMED} words and the vocabulary's acronyms, see {@link #protectedWords}). At query time the catalog's synonyms are applied after stemming
 * (the vocabulary is parsed through the same chain), so "anonymized" meets "de-identification"
 * and multi-word synonyms ("radiation dose") become graph alternatives that
 * {@link org.apache.lucene.util.QueryBuilder} turns into one query per alternative.</li>
 * <li><b>plain</b> ({@link Fields#SPELL}): lower-cased words without stemming, the dictionary of
 * the spell checker and the target of fuzzy matching.</li>
 * </ul>
 */
final class Analysis implements java.io.Closeable {

    /** Characters that hold an identifier together: "XDS-I.b", "OB/Gyn", "ORU^R01", "PS3.16". */
    private static final String IDENTIFIER_PUNCTUATION = "-./_^+:#";

    private static final int WORD_DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS | WordDelimiterGraphFilter.CATENATE_ALL
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    /**
     * Lucene's English stop words and the question words people put around what they look for
     * ("what concerns the PACS", "which standard do I need for dose"). Not "us" (ultrasound, the
     * US) nor "i" (XDS I).
     */
    static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        set.addAll(List.of("what", "which", "who", "whom", "how", "where", "when", "why", "do", "does", "did", "can",
                "could", "should", "would", "we", "you", "my", "our", "your", "me", "have", "has", "had", "from",
                "about", "any", "some", "than", "very", "been", "being", "were", "am", "its"));
        return CharArraySet.unmodifiableSet(set);
    }

    /**
     * Words the stemmer leaves alone because their stem would merge two notions of the domain:
     * "imaging" (the discipline, in nearly every entry) is not "image(s)" (the objects).
     */
    static final CharArraySet UNSTEMMED = CharArraySet.unmodifiableSet(new CharArraySet(List.of("imaging"), false));

    /**
     * An acronym as the vocabulary writes it: one word in capitals and digits, at least two
     * capitals ("UPS", "MWL", "RDSR", "KOS", "MR").
     */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("(?=(?:.*\\p{Lu}){2})[\\p{Lu}0-9]+");

    /** Whether {@code term} of the vocabulary is an acronym ("UPS"), not a word ("worklist") or a phrase. */
    static boolean isAcronym(String term) {
        return ACRONYM.matcher(term.strip()).matches();
    }

    /**
     * The words no stemming may touch: {@link #UNSTEMMED}, and the vocabulary's acronyms, lower
     * case. An acronym is a whole token, not an English word: stemmed, "UPS" would become "up"
     * and the worklist group would match every "follow-up"; "KOS" would become "ko". Kept
     * whole at index and query time, an acronym meets only itself (in any case).
     */
    static CharArraySet protectedWords(List<SynonymGroup> groups) {
        CharArraySet words = new CharArraySet(UNSTEMMED, false);
        for (SynonymGroup group : groups) {
            for (String term : group.terms()) {
                if (isAcronym(term)) {
                    words.add(term.strip().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private final Analyzer indexAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Analyzer englishIndex;
    private final Analyzer plain;

    private final Map<String, List<String>> synonymKeys;
    private final List<Analyzer> owned;

    Analysis(List<SynonymGroup> synonyms) {
        CharArraySet unstemmed = protectedWords(synonyms);
        this.englishIndex = english(null, unstemmed);
        Analyzer synonymTerms = synonymTerms(unstemmed);
        this.synonymKeys = synonymKeys(synonyms, synonymTerms);
        this.plain = plain();
        Analyzer identifierIndex = identifier(true);
        Analyzer identifierQuery = identifier(false);
        Analyzer englishQuery = english(synonymMap(synonyms, synonymTerms), unstemmed);
        Analyzer keyword = new KeywordAnalyzer();
        this.owned = List.of(englishIndex, plain, identifierIndex, identifierQuery, englishQuery, keyword, synonymTerms);
        this.indexAnalyzer = perField(Map.of(Fields.IDENT, identifierIndex, Fields.REFS, identifierIndex,
                Fields.SPELL, plain, Fields.EXACT, keyword, Fields.EXACT_NAME, keyword), englishIndex);
        this.queryAnalyzer = perField(Map.of(Fields.IDENT, identifierQuery, Fields.REFS, identifierQuery,
                Fields.SPELL, plain, Fields.EXACT, keyword, Fields.EXACT_NAME, keyword), englishQuery);
    }

    /** Releases the analyzers' per-thread state. */
    @Override
    public void close() {
        indexAnalyzer.close();
        queryAnalyzer.close();
        owned.forEach(Analyzer::close);
    }

    /** The analyzer the index is written with, field by field. */
    Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /** The analyzer queries are built with: the index analysis plus synonyms on English fields. */
    Analyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    /** Lower-cased words, no stemming: what people typed, word by word. */
    Analyzer plainAnalyzer() {
        return plain;
    }

    /** The English index chain (no synonyms), to see whether a word occurs in the prose. */
    Analyzer englishIndexAnalyzer() {
        return englishIndex;
    }

    /**
     * The key an exact match is looked up with: lower case, letters and digits only, so that
     * "XDS-I.b", "xds i b" and "XDSIb" share the key "xdsib".
     */
    static String exactKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
        folded.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                .filter(cp -> cp < 0x300 || cp > 0x36f).forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * The key of a phrase as a whole: its stemmed words without stop words, space-separated
     * ("Image Displays" and "image display" share "imag displai").
     */
    String phraseKey(String text) {
        return String.join(" ", terms(englishIndex, Fields.CONCERNS_EXACT, text));
    }

    /** The phrase's key and the keys of its synonyms ("ehr", "emr", "electron health record", ...). */
    List<String> phraseKeysWithSynonyms(String text) {
        String key = phraseKey(text);
        List<String> keys = new ArrayList<>();
        keys.add(key);
        for (String other : synonymKeys.getOrDefault(key, List.of())) {
            if (!keys.contains(other)) {
                keys.add(other);
            }
        }
        return keys;
    }

    private static Map<String, List<String>> synonymKeys(List<SynonymGroup> groups, Analyzer synonymTerms) {
        Map<String, List<String>> keys = new java.util.HashMap<>();
        for (SynonymGroup group : groups) {
            List<String> groupKeys = group.terms().stream()
                    .map(t -> String.join(" ", terms(synonymTerms, "synonym", t)))
                    .filter(k -> !k.isEmpty()).distinct().toList();
            for (String key : groupKeys) {
                keys.computeIfAbsent(key, k -> new ArrayList<>()).addAll(groupKeys);
            }
        }
        return keys;
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer identifier(boolean index) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(
                        c -> Character.isLetterOrDigit(c) || IDENTIFIER_PUNCTUATION.indexOf(c) >= 0);
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
                stream = new StopFilter(stream, STOP_WORDS);
                stream = new WordDelimiterGraphFilter(stream, WORD_DELIMITER_FLAGS, null);
                if (index) {
                    stream = new FlattenGraphFilter(stream);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /** English chain; with a synonym map (query time), synonyms are applied after stemming. */
    private static Analyzer english(SynonymMap synonyms, CharArraySet unstemmed) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = englishBase(tokenizer, true, unstemmed);
                if (synonyms != null && synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static TokenStream englishBase(Tokenizer tokenizer, boolean stopWords, CharArraySet unstemmed) {
        TokenStream stream = new EnglishPossessiveFilter(new SplitDottedWordsFilter(tokenizer));
        stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
        if (stopWords) {
            stream = new StopFilter(stream, STOP_WORDS);
        }
        stream = new SetKeywordMarkerFilter(stream, unstemmed);
        return new PorterStemFilter(stream);
    }

    private static Analyzer plain() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    /**
     * Every term of a group leads to every other. Terms are analysed like the English fields
     * (stemmed), so the map matches the stemmed query stream. A term that analyses to nothing is
     * left out; the vocabulary's test makes sure none does and that no term holds a stop word,
     * which the query stream would have dropped before the synonyms are matched.
     */
    static SynonymMap synonymMap(List<SynonymGroup> groups, Analyzer synonymTerms) {
        try {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (SynonymGroup group : groups) {
                List<CharsRef> terms = new ArrayList<>();
                for (String term : group.terms()) {
                    List<String> words = terms(synonymTerms, "synonym", term);
                    if (!words.isEmpty()) {
                        terms.add(SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder()));
                    }
                }
                for (CharsRef from : terms) {
                    for (CharsRef to : terms) {
                        if (!from.equals(to)) {
                            builder.add(from, to, true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stemmed words of a synonym term on its own (stop words kept, so that they are noticed;
     * an acronym kept whole).
     */
    static List<String> synonymWords(String term) {
        try (Analyzer analyzer = synonymTerms(protectedWords(List.of(new SynonymGroup(List.of(term, term), "")))) ) {
            return terms(analyzer, "synonym", term);
        }
    }

    /** The chain vocabulary terms are read with: the English one, stop words kept. */
    private static Analyzer synonymTerms(CharArraySet unstemmed) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, englishBase(tokenizer, false, unstemmed));
            }
        };
    }

    private static Analyzer perField(Map<String, Analyzer> byField, Analyzer fallback) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byField.getOrDefault(fieldName, fallback);
            }

            /** Values of a multi-valued field are far apart, so no phrase spans two aliases. */
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return 100;
            }
        };
    }
}
