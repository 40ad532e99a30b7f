package org.rspnavigator.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * A line breaker that never breaks inside one of a document's unbreakable words: a requirement
 * number such as "MODALITY-CT-01" would otherwise be split after a hyphen, and a reference split
 * in two cannot be found or quoted. Done in the breaker rather than with {@code white-space:
 * nowrap} spans because the renderer draws such a span after the rest of its line, which scrambles
 * the order in which the text is read back and copied.
 *
 * <p>Only hyphenated words are looked up, since a hyphen is where the line breaker would split
 * them; a word too wide for its column still overflows into {@code word-wrap: break-word}, so a
 * column that holds such words is sized for the widest ({@link TextWidth}).
 */
final class UnbreakableWords implements FSTextBreaker {

    /**
     * A hyphenated word, matched only from the start of a word and without backtracking, so that
     * a 20,000-letter word costs one pass and not one per letter.
     */
    static final Pattern HYPHENATED = Pattern.compile("(?<![\\p{L}\\p{N}_-])[\\p{L}\\p{N}_]++(?:-[\\p{L}\\p{N}_]++)+");

    private final FSTextBreaker breaker;
    private final Set<String> words;
    /** Start and end of each unbreakable word in the current text, in order. */
    private final List<int[]> kept = new ArrayList<>();

    private UnbreakableWords(FSTextBreaker breaker, Set<String> words) {
        this.breaker = breaker;
        this.words = words;
    }

    /** {@code breaker}, keeping {@code words} whole; {@code breaker} itself when there are none. */
    static FSTextBreaker around(FSTextBreaker breaker, Set<String> words) {
        return words.isEmpty() ? breaker : new UnbreakableWords(breaker, words);
    }

    @Override
    public void setText(String text) {
        breaker.setText(text);
        kept.clear();
        if (text.indexOf('-') < 0) {
            return;
        }
        Matcher m = HYPHENATED.matcher(text);
        while (m.find()) {
            if (words.contains(m.group())) {
                kept.add(new int[] {m.start(), m.end()});
            }
        }
    }

    @Override
    public int next() {
        int at = breaker.next();
        while (at >= 0 && inside(at)) {
            at = breaker.next();
        }
        return at;
    }

    private boolean inside(int position) {
        for (int[] range : kept) {
            if (position > range[0] && position < range[1]) {
                return true;
            }
            if (range[0] >= position) {
                return false;
            }
        }
        return false;
    }
}
