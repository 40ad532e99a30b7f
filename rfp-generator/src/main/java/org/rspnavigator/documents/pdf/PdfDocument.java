package org.rspnavigator.documents.pdf;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link PdfRenderer} needs to make one PDF: the metadata PDF/UA asks for, the document's
 * stylesheet and its body as an XHTML fragment.
 *
 * @param title    the document title, shown by readers in place of the file name
 * @param author   who made it, e.g. "RSP Navigator"
 * @param subject  a one-line description, stored as the document subject
 * @param language the language of the text, so that screen readers pronounce it correctly
 * @param css      the document's own styles, applied after the shared base stylesheet
 * @param body     the content of {@code <body>}: well-formed XHTML with all text escaped
 *                 ({@link Markup#escape(String)}); its {@code h1}–{@code h3} become the bookmarks
 * @param unbreakable hyphenated words a line is never broken inside, wherever they stand
 *                 (requirement numbers such as "MODALITY-CT-01"); see {@link UnbreakableWords}
 */
public record PdfDocument(String title, String author, String subject, Locale language, String css, String body,
        Set<String> unbreakable) {

    public PdfDocument(String title, String author, String subject, Locale language, String css, String body) {
        this(title, author, subject, language, css, body, Set.of());
    }

    public PdfDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(css, "css");
        Objects.requireNonNull(body, "body");
        unbreakable = Set.copyOf(unbreakable);
        if (title.isBlank()) {
            throw new IllegalArgumentException("a PDF/UA document needs a title");
        }
    }
}
