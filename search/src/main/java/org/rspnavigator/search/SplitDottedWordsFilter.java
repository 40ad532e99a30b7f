package org.rspnavigator.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits a word at a dot between two letters: "Workflow.b" becomes "Workflow" and "b", "XDS.b"
 * becomes "XDS" and "b". The standard tokenizer keeps such dots inside the word (as in "e.g"),
 * but prose wants the words, so that "scheduled workflow" matches "Scheduled Workflow.b".
 * Numbers ("3.16") are left alone.
 */
final class SplitDottedWordsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<int[]> pending = new ArrayDeque<>();
    private char[] word = new char[0];
    private int wordStart;
    private boolean offsetsMatch;
    private State state;

    SplitDottedWordsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(state);
            emit(pending.removeFirst(), 1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int from = 0;
        for (int i = 1; i < length - 1; i++) {
            if (buffer[i] == '.' && Character.isLetter(buffer[i - 1]) && Character.isLetter(buffer[i + 1])) {
                pending.add(new int[] {from, i});
                from = i + 1;
            }
        }
        if (pending.isEmpty()) {
            return true;
        }
        pending.add(new int[] {from, length});
        if (word.length < length) {
            word = new char[length];
        }
        System.arraycopy(buffer, 0, word, 0, length);
        wordStart = offset.startOffset();
        offsetsMatch = offset.endOffset() - offset.startOffset() == length;
        state = captureState();
        emit(pending.removeFirst(), position.getPositionIncrement());
        return true;
    }

    private void emit(int[] piece, int increment) {
        term.copyBuffer(word, piece[0], piece[1] - piece[0]);
        position.setPositionIncrement(increment);
        if (offsetsMatch) {
            offset.setOffset(wordStart + piece[0], wordStart + piece[1]);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        state = null;
    }
}
