package org.rspnavigator.documents.rfp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rspnavigator.documents.csv.CsvReader;
import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.procurement.FieldLimits;
import org.rspnavigator.procurement.response.Answer;
import org.rspnavigator.procurement.response.BidderAnswer;
import org.rspnavigator.procurement.response.BidderResponse;
import org.rspnavigator.procurement.rfp.Requirement;
import org.rspnavigator.procurement.rfp.RfpDocument;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bidder's filled response matrix, in any of the forms the RFP's documents give it (the
 * XLSX workbook, the CSV file, the JSON file), and checks it against the revision of the project it
 * is held against. Every problem is named by its place, sheet, row and column (for CSV, line and
 * column; for JSON, the requirement's index and field), and a file with any problem gives nothing:
 *
 * <ul>
 * <li>a requirement number the revision does not have, or answered twice;</li>
 * <li>an answer that is not one of the five, a Roadmap without a date, a date that is not a date, a
 * Not applicable without the reason in the comment;</li>
 * <li>a formula where a value is expected; a cell of the wrong type;</li>
 * <li>a file that is not what it claims, or larger than {@value #MAX_ROWS} rows, or a workbook whose
 * compression looks like a zip bomb.</li>
 * </ul>
 *
 * <p>A matrix made for another revision is read by requirement number; the numbers the revision has
 * but the matrix does not answer, and those whose text changed, are listed in the result rather than
 * refused. A requirement left unanswered (no response) is listed as unanswered.
 */
public final class ResponseMatrixReader {

    /** The most rows a matrix may have: far more than the largest RFP. */
    static final int MAX_ROWS = 5_000;
    /** The most bytes a part of a workbook may unpack to. */
    private static final long MAX_ENTRY = 50L * 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A problem with a returned matrix, by its place in the file. */
    public record Problem(String place, String message) {
        public Problem {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return place + ": " + message;
        }
    }

    /** The file cannot be taken: every problem with its place. Nothing of it was read. */
    public static final class ResponseMatrixException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        ResponseMatrixException(List<Problem> problems) {
            super("The response matrix was not read: " + String.join("; ", problems.stream().map(Problem::toString)
                    .toList()) + ".");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** One answered row as the file gives it, before it is checked. */
    private record Row(String place, String number, String text, String response, Object roadmap, String evidence,
            String comment) {
    }

    private final RfpDocument revision;
    private final List<Problem> problems = new ArrayList<>();
    private int answeredRevision;

    private ResponseMatrixReader(RfpDocument revision) {
        this.revision = revision;
    }

    /**
     * The answers in {@code file} (XLSX, CSV or JSON, told by its content), held against {@code revision}.
     *
     * @throws ResponseMatrixException listing every problem by its place
     */
    public static BidderResponse read(byte[] file, RfpDocument revision) {
        ResponseMatrixReader reader = new ResponseMatrixReader(Objects.requireNonNull(revision, "revision"));
        List<Row> rows = reader.rows(file);
        BidderResponse response = reader.check(rows);
        if (!reader.problems.isEmpty()) {
            throw new ResponseMatrixException(reader.problems);
        }
        return response;
    }

    private List<Row> rows(byte[] file) {
        if (file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4) {
            return xlsx(file);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem("the file", "it is neither a workbook (XLSX) nor UTF-8 text (CSV or JSON)"));
            return List.of();
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return text.stripLeading().startsWith("{") ? json(text) : csv(text);
    }

    // ---------------------------------------------------------------- XLSX

    private List<Row> xlsx(byte[] file) {
        // A zip bomb is refused by POI's own guards before anything is unpacked in full.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet id = book.getSheet(ResponseMatrixXlsx.ID_SHEET);
            if (id != null) {
                for (org.apache.poi.ss.usermodel.Row r : id) {
                    if ("revision".equals(string(r.getCell(0)))) {
                        answeredRevision = parseInt(string(r.getCell(1)));
                    }
                }
            }
            Sheet sheet = book.getSheet("Responses");
            if (sheet == null) {
                problems.add(new Problem("the workbook", "it has no sheet \"Responses\"; return the response matrix "
                        + "workbook of the RFP, filled in"));
                return List.of();
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                problems.add(new Problem("sheet Responses", "it has " + sheet.getLastRowNum() + " rows; a response "
                        + "matrix has at most " + MAX_ROWS));
                return List.of();
            }
            org.apache.poi.ss.usermodel.Row head = sheet.getRow(0);
            Map<String, Integer> columns = new HashMap<>();
            if (head != null) {
                for (Cell c : head) {
                    columns.put(string(c).toLowerCase(Locale.ROOT), c.getColumnIndex());
                }
            }
            int number = column(columns, "sheet Responses, row 1", "No.");
            int text = column(columns, "sheet Responses, row 1", "Requirement");
            int response = column(columns, "sheet Responses, row 1", "Response");
            int roadmap = column(columns, "sheet Responses, row 1", ResponseMatrixXlsx.HEADERS.get(7));
            int evidence = column(columns, "sheet Responses, row 1", "Evidence reference");
            int comment = column(columns, "sheet Responses, row 1", "Comment");
            if (number < 0 || response < 0) {
                return List.of();
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String place = "sheet Responses, row " + (r + 1);
                Function<Integer, String> value = c -> c < 0 ? "" : cell(row.getCell(c), place, header(head, c));
                String n = value.apply(number);
                if (n.isEmpty()) {
                    continue;
                }
                Object date = roadmap < 0 ? null : dateCell(row.getCell(roadmap), place, header(head, roadmap));
                rows.add(new Row(place, n, value.apply(text), value.apply(response), date, value.apply(evidence),
                        value.apply(comment)));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            problems.add(new Problem("the workbook", "it cannot be read safely as an XLSX workbook ("
                    + FieldLimits.quoted(why.lines().findFirst().orElse(why)) + ")"));
            return List.of();
        }
    }

    private static String header(org.apache.poi.ss.usermodel.Row head, int c) {
        return head == null || head.getCell(c) == null ? "column " + (c + 1) : string(head.getCell(c));
    }

    private int column(Map<String, Integer> columns, String place, String name) {
        Integer c = columns.get(name.toLowerCase(Locale.ROOT));
        if (c == null && (name.equals("No.") || name.equals("Response"))) {
            problems.add(new Problem(place, "the column \"" + name + "\" is missing"));
        }
        return c == null ? -1 : c;
    }

    /** A cell's text; a formula, or a number where text is expected, is a problem. */
    private String cell(Cell cell, String place, String column) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case BLANK -> "";
            case FORMULA -> {
                problems.add(new Problem(place + ", column " + column, "a formula is not an answer: type the value"));
                yield "";
            }
            case NUMERIC -> new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** A roadmap date: a date cell, or text written yyyy-MM-dd; anything else is kept as text to be refused. */
    private Object dateCell(Cell cell, String place, String column) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return cell(cell, place, column);
    }

    private static String string(Cell c) {
        return c == null || c.getCellType() != CellType.STRING ? "" : c.getStringCellValue().strip();
    }

    // ---------------------------------------------------------------- CSV

    private List<Row> csv(String content) {
        List<CsvReader.Record> records = CsvReader.read(content).stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            problems.add(new Problem("line 1", "the file is empty"));
            return List.of();
        }
        if (records.size() > MAX_ROWS) {
            problems.add(new Problem("the file", "it has " + records.size() + " lines; a response matrix has at most "
                    + MAX_ROWS));
            return List.of();
        }
        List<String> header = records.getFirst().fields().stream().map(String::strip).toList();
        int number = find(header, "Number");
        int text = find(header, "Requirement");
        int response = header.stream().filter(h -> h.startsWith("Response")).findFirst().map(header::indexOf).orElse(-1);
        int roadmap = find(header, "Roadmap date");
        int evidence = find(header, "Evidence reference");
        int comment = find(header, "Comment");
        if (number < 0 || response < 0) {
            problems.add(new Problem("line " + records.getFirst().line(), "the header should be that of the response "
                    + "matrix, with the columns \"Number\" and \"Response\""));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Record r : records.subList(1, records.size())) {
            String place = "line " + r.line();
            if (r.problem().isPresent()) {
                problems.add(new Problem(place, "it cannot be read: " + r.problem().get()));
                continue;
            }
            List<String> f = r.fields().stream().map(CsvWriter::unguard).map(String::strip).toList();
            Function<Integer, String> value = c -> c < 0 || c >= f.size() ? "" : f.get(c);
            rows.add(new Row(place, value.apply(number), value.apply(text), value.apply(response),
                    value.apply(roadmap).isEmpty() ? null : value.apply(roadmap), value.apply(evidence),
                    value.apply(comment)));
        }
        return rows;
    }

    private static int find(List<String> header, String name) {
        return header.indexOf(name);
    }

    // ---------------------------------------------------------------- JSON

    private List<Row> json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            problems.add(new Problem("the file", "it is not valid JSON: " + e.getOriginalMessage()));
            return List.of();
        }
        answeredRevision = root.path("version").asInt(0);
        JsonNode requirements = root.path("requirements");
        if (!requirements.isArray()) {
            problems.add(new Problem("the file", "it has no \"requirements\" array; return the response matrix JSON "
                    + "of the RFP, filled in"));
            return List.of();
        }
        if (requirements.size() > MAX_ROWS) {
            problems.add(new Problem("the file", "it has " + requirements.size() + " requirements; a response matrix "
                    + "has at most " + MAX_ROWS));
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            JsonNode r = requirements.get(i);
            String place = "requirements[" + i + "]";
            rows.add(new Row(place, jsonText(r, "number", place), jsonText(r, "text", place),
                    jsonText(r, "response", place), r.path("roadmapDate").isNull() || r.path("roadmapDate").isMissingNode()
                            ? null : jsonText(r, "roadmapDate", place), jsonText(r, "evidence", place),
                    jsonText(r, "comment", place)));
        }
        return rows;
    }

    private String jsonText(JsonNode r, String field, String place) {
        JsonNode v = r.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return "";
        }
        if (!v.isString()) {
            problems.add(new Problem(place + "." + field, "it must be a string"));
            return "";
        }
        return v.asString().strip();
    }

    // ---------------------------------------------------------------- checks

    private BidderResponse check(List<Row> rows) {
        Map<String, Requirement> byNumber = new LinkedHashMap<>();
        revision.requirements().forEach(r -> byNumber.put(r.number(), r));
        Map<String, String> seen = new HashMap<>();
        List<BidderAnswer> answers = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Row row : rows) {
            Requirement requirement = byNumber.get(row.number());
            if (requirement == null) {
                problems.add(new Problem(row.place(), "the requirement \"" + FieldLimits.quoted(row.number())
                        + "\" is not in revision " + revision.version() + " of this RFP"));
                continue;
            }
            String first = seen.putIfAbsent(row.number(), row.place());
            if (first != null) {
                problems.add(new Problem(row.place(), row.number() + " is answered already, at " + first));
                continue;
            }
            if (!row.text().isEmpty() && !normalised(row.text()).equals(normalised(requirement.text()))) {
                changed.add(row.number());
            }
            if (row.response().isEmpty()) {
                continue;
            }
            Optional<Answer> answer = Answer.of(row.response());
            if (answer.isEmpty()) {
                problems.add(new Problem(row.place(), "the response \"" + FieldLimits.quoted(row.response())
                        + "\" is not one of " + Answer.choices()));
                continue;
            }
            Optional<LocalDate> date = date(row);
            if (answer.get() == Answer.ROADMAP && date.isEmpty() && row.roadmap() == null) {
                problems.add(new Problem(row.place(), "a Roadmap answer needs the committed delivery date"));
            }
            if (answer.get() != Answer.ROADMAP && date.isPresent()) {
                problems.add(new Problem(row.place(), "a roadmap date goes with a Roadmap answer only"));
            }
            if (answer.get() == Answer.NOT_APPLICABLE && row.comment().isEmpty()) {
                problems.add(new Problem(row.place(), "a Not applicable answer needs the reason, in the comment"));
            }
            for (String[] f : new String[][] {{"evidence reference", row.evidence()}, {"comment", row.comment()}}) {
                FieldLimits.tooLong("The " + f[0], f[0], f[1], FieldLimits.TEXT)
                        .ifPresent(m -> problems.add(new Problem(row.place(), m)));
            }
            answers.add(new BidderAnswer(row.number(), answer.get(), date, row.evidence(), row.comment()));
        }
        List<String> answered = answers.stream().map(BidderAnswer::number).toList();
        List<String> unanswered = byNumber.keySet().stream().filter(n -> !answered.contains(n)).toList();
        return new BidderResponse(answeredRevision, answers, unanswered, changed);
    }

    private Optional<LocalDate> date(Row row) {
        if (row.roadmap() instanceof LocalDate d) {
            return Optional.of(d);
        }
        if (row.roadmap() instanceof String s && !s.isBlank()) {
            try {
                return Optional.of(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(row.place(), "the roadmap date \"" + FieldLimits.quoted(s)
                        + "\" is not a date written yyyy-mm-dd"));
            }
        }
        return Optional.empty();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
