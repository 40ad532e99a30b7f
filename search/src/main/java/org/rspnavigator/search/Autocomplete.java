package org.rspnavigator.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

/**
 * Completions of what is being typed, from the {@linkplain SearchDocument#completions()
 * completions} of the documents (titles, acronyms, names): an infix suggester in its own
 * in-memory index, in which every word typed must begin a word of a completion.
 */
final class Autocomplete implements Closeable {

    /** Lucene's lookup gives one result per completion; a document has several. */
    private static final int LOOKUPS_PER_SUGGESTION = 6;

    private final Directory directory;
    private final AnalyzingInfixSuggester suggester;
    private final boolean hasCompletions;

    private Autocomplete(Directory directory, AnalyzingInfixSuggester suggester, boolean hasCompletions) {
        this.directory = directory;
        this.suggester = suggester;
        this.hasCompletions = hasCompletions;
    }

    /** The completions of {@code documents}; closing it releases its index. */
    static Autocomplete build(List<SearchDocument> documents, Analysis analysis) throws IOException {
        List<CompletionEntry> entries = new ArrayList<>();
        for (SearchDocument d : documents) {
            for (SearchDocument.Completion c : d.completions()) {
                entries.add(new CompletionEntry(c, d.type(), d.id()));
            }
        }
        Directory directory = IndexBuilder.memoryDirectory();
        AnalyzingInfixSuggester suggester = null;
        boolean success = false;
        try {
            suggester = new AnalyzingInfixSuggester(directory, analysis.plainAnalyzer(), analysis.plainAnalyzer(), 1,
                    false, true, false);
            if (!entries.isEmpty()) {
                suggester.build(new CompletionInput(entries.iterator()));
            }
            Autocomplete autocomplete = new Autocomplete(directory, suggester, !entries.isEmpty());
            success = true;
            return autocomplete;
        } finally {
            if (!success) {
                IOUtils.closeWhileHandlingException(suggester, directory);
            }
        }
    }

    /** Up to {@code request.limit()} completions of its prefix, best first, one per document. */
    List<Suggestion> suggest(SuggestRequest request) {
        if (request.isBlank() || !hasCompletions) {
            return List.of();
        }
        int limit = request.limit();
        try {
            List<LookupResult> results = suggester.lookup(request.prefix(), limit * LOOKUPS_PER_SUGGESTION + 10, true,
                    false);
            Map<String, Suggestion> byId = new LinkedHashMap<>();
            for (LookupResult r : results) {
                String[] payload = r.payload.utf8ToString().split("\u0000", 3);
                byId.putIfAbsent(payload[0], new Suggestion(payload[2], HitType.valueOf(payload[1]), payload[0]));
                if (byId.size() == limit) {
                    break;
                }
            }
            return List.copyOf(byId.values());
        } catch (IOException e) {
            throw new UncheckedIOException("autocomplete failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(suggester, directory);
    }

    /** One completion and the document it leads to. */
    private record CompletionEntry(SearchDocument.Completion completion, HitType type, String id) {
    }

    /** The completions as the suggester reads them; the payload says where each leads. */
    private static final class CompletionInput implements InputIterator {
        private final Iterator<CompletionEntry> entries;
        private CompletionEntry current;

        CompletionInput(Iterator<CompletionEntry> entries) {
            this.entries = entries;
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                current = null;
                return null;
            }
            current = entries.next();
            return new BytesRef(current.completion().text());
        }

        @Override
        public long weight() {
            return current.completion().weight();
        }

        @Override
        public BytesRef payload() {
            String payload = current.id() + "\u0000" + current.type().name() + "\u0000" + current.completion().shown();
            return new BytesRef(payload.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
