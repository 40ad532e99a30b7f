package org.rspnavigator.webapp.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text of files users send (a statement's JSON, a CSV file of claims). */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file's text, read as UTF-8. Bytes that are not UTF-8 are refused rather than replaced, so
     * that nothing is saved with characters the sender never wrote.
     *
     * @param what the file as a message names it, e.g. "statement file"
     * @throws IllegalArgumentException if the bytes are not UTF-8
     */
    public static String utf8(byte[] file, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The " + what + " is not UTF-8 text. Save it as UTF-8 and send it again.");
        }
    }
}
