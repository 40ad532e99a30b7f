package org.rspnavigator.documents.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads CSV as people save it from spreadsheets and editors: RFC 4180 quoting (fields in double
 * quotes, a quote inside doubled), CRLF, LF or CR line ends, with or without a UTF-8 byte-order
 * mark. Each record keeps the line it starts on, and a record that cannot be read says why instead
 * of stopping the whole file, so that a user sees every line to fix at once.
 */
public final class CsvReader {

    /**
     * One record.
     *
     * @param line    the 1-based line of the file it starts on
     * @param fields  its fields, unquoted (a blank line is one empty field)
     * @param problem why it could not be read, if it could not; its fields are then incomplete
     */
    public record Record(int line, List<String> fields, Optional<String> problem) {

        public Record {
            fields = List.copyOf(fields);
            Objects.requireNonNull(problem, "problem");
        }

        /** An empty line, or one of nothing but spaces. */
        public boolean isBlank() {
            return problem.isEmpty() && fields.size() == 1 && fields.getFirst().isBlank();
        }
    }

    private final String text;
    private int pos;
    private int line = 1;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The records of {@code text}, in order; a line end after the last record adds none. */
    public static List<Record> read(String text) {
        return new CsvReader(text).records();
    }

    private List<Record> records() {
        List<Record> records = new ArrayList<>();
        while (pos < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>();
            Optional<String> problem = record(fields);
            records.add(new Record(start, fields, problem));
            if (problem.isPresent()) {
                skipRestOfLine();
            }
        }
        return records;
    }

    /** Reads fields up to and including the record's line end; says what is wrong, if anything. */
    private Optional<String> record(List<String> fields) {
        StringBuilder field = new StringBuilder();
        while (true) {
            if (pos < text.length() && text.charAt(pos) == '"' && field.isEmpty()) {
                int opened = line;
                if (!quoted(field)) {
                    return Optional.of("the quoted field opened on line " + opened + " is never closed");
                }
                if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                    return Optional.of("text follows the closing quote of a field; a quote inside a quoted field is "
                            + "written twice (\"\")");
                }
            }
            if (pos >= text.length()) {
                fields.add(field.toString());
                return Optional.empty();
            }
            char c = text.charAt(pos++);
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                fields.add(field.toString());
                return Optional.empty();
            } else {
                field.append(c);
            }
        }
    }

    /** Reads a quoted field after its opening quote; false when the text ends before it closes. */
    private boolean quoted(StringBuilder field) {
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    field.append('"');
                    pos++;
                } else {
                    return true;
                }
            } else {
                if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                    line++;
                }
                field.append(c);
            }
        }
        return false;
    }

    private void skipRestOfLine() {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                return;
            }
        }
    }
}
