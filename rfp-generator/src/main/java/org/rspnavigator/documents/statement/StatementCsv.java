package org.rspnavigator.documents.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rspnavigator.documents.csv.CsvReader;
import org.rspnavigator.documents.csv.CsvWriter;
import org.rspnavigator.documents.statement.StatementFormatException.Problem;
import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.Profile;
import org.rspnavigator.model.ProfileActor;
import org.rspnavigator.procurement.statement.ActorClaim;
import org.rspnavigator.procurement.statement.ActorRef;
import org.rspnavigator.procurement.statement.CatalogNames;
import org.rspnavigator.procurement.statement.IntegrationStatement;
import org.rspnavigator.procurement.statement.ProfileClaim;

/**
 * The claims of an Integration Statement as a spreadsheet: a header row {@code profile,actor,options}
 * and one row per actor, its options in one cell separated by semicolons. The profile may be given
 * by catalog id ("xds-i-b") or IHE acronym ("XDS-I.b"); actors and options are named exactly as IHE
 * writes them. Vendor, product, version and date are not in the file: they come with the upload.
 *
 * <p>Reading accepts what spreadsheets save: RFC 4180 quoting, CRLF or LF, UTF-8 with or without a
 * byte-order mark, blank lines. Writing produces the same format with catalog ids, guarded against
 * formula injection, so that a written file reads back unchanged.
 */
public final class StatementCsv {

    private static final List<String> HEADER = List.of("profile", "actor", "options");

    private StatementCsv() {
    }

    /**
     * The claims in {@code csv}, in the file's order (an actor joins the first row of its profile).
     *
     * @throws StatementFormatException listing every line that cannot be read or names a profile,
     *         actor or option the catalog does not have, an actor claimed twice, a wrong header, or
     *         a file without claims
     */
    public static List<ProfileClaim> read(String csv, Catalog catalog) {
        List<CsvReader.Record> records = CsvReader.read(csv).stream().filter(r -> !r.isBlank()).toList();
        List<Problem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            throw new StatementFormatException(List.of(new Problem(1, "The file is empty: its first line should be "
                    + "the header " + String.join(",", HEADER) + ", followed by one line per actor claimed.")));
        }
        CsvReader.Record header = records.getFirst();
        if (!header.problem().isEmpty() || !header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList().equals(HEADER)) {
            problems.add(new Problem(header.line(), "The first line should be the header " + String.join(",", HEADER)
                    + "; it is \"" + String.join(",", header.fields()) + "\"."));
        }
        if (records.size() == 1) {
            problems.add(new Problem(header.line(), "The file has no claims: add one line per actor after the header, "
                    + "such as: xds-b,Document Consumer,"));
        }
        Map<String, Map<String, ActorClaim>> claims = new LinkedHashMap<>();
        Map<ActorRef, Integer> claimedOn = new HashMap<>();
        for (CsvReader.Record row : records.subList(1, records.size())) {
            int before = problems.size();
            Optional<Row> r = row(row, catalog, problems);
            if (r.isEmpty() || problems.size() > before) {
                continue;
            }
            ActorRef ref = new ActorRef(r.get().profile().id(), r.get().actor().name());
            Integer first = claimedOn.putIfAbsent(ref, row.line());
            if (first != null) {
                problems.add(new Problem(row.line(), "The " + ref.actor() + " of " + r.get().profile().acronym()
                        + " is already claimed on line " + first + "."));
                continue;
            }
            claims.computeIfAbsent(ref.profile(), k -> new LinkedHashMap<>())
                    .put(ref.actor(), new ActorClaim(ref.actor(), r.get().options()));
        }
        if (!problems.isEmpty()) {
            throw new StatementFormatException(problems);
        }
        return claims.entrySet().stream()
                .map(e -> new ProfileClaim(e.getKey(), List.copyOf(e.getValue().values()))).toList();
    }

    /**
     * The statement's claims in the format {@link #read} reads, starting with a byte-order mark, with
     * CRLF line ends. A profile listed without actors has no row.
     *
     * @throws IllegalArgumentException if an option name holds a semicolon, which the format cannot carry
     */
    public static String write(IntegrationStatement statement) {
        CsvWriter out = new CsvWriter().row(HEADER);
        for (ProfileClaim p : statement.profiles()) {
            for (ActorClaim a : p.actors()) {
                a.options().stream().filter(o -> o.contains(";")).findFirst().ifPresent(o -> {
                    throw new IllegalArgumentException("the option '" + o + "' holds a ';', which separates options "
                            + "in the CSV form");
                });
                out.row(List.of(p.profile(), a.actor(), String.join("; ", a.options())));
            }
        }
        return out.text();
    }

    /** One claim row, checked against the catalog. */
    private record Row(Profile profile, ProfileActor actor, List<String> options) {
    }

    private static Optional<Row> row(CsvReader.Record row, Catalog catalog, List<Problem> problems) {
        int line = row.line();
        if (row.problem().isPresent()) {
            problems.add(new Problem(line, "This line cannot be read: " + row.problem().get() + "."));
            return Optional.empty();
        }
        List<String> fields = row.fields().stream().map(CsvWriter::unguard).map(String::strip).toList();
        if (fields.size() != HEADER.size()) {
            problems.add(new Problem(line, "Expected 3 fields (profile, actor, options), found " + fields.size()
                    + ". Separate options with ';' in one field, and put a field that holds a comma in double quotes."));
            return Optional.empty();
        }
        Optional<Profile> profile = CatalogNames.profile(catalog, fields.get(0));
        if (profile.isEmpty()) {
            problems.add(new Problem(line, CatalogNames.unknownProfile(fields.get(0))));
            return Optional.empty();
        }
        Optional<ProfileActor> actor = profile.get().actor(fields.get(1));
        if (actor.isEmpty()) {
            problems.add(new Problem(line, CatalogNames.unknownActor(profile.get(), fields.get(1))));
            return Optional.empty();
        }
        List<String> options = Arrays.stream(fields.get(2).split(";")).map(String::strip).filter(o -> !o.isEmpty())
                .toList();
        List<String> seen = new ArrayList<>();
        for (String o : options) {
            if (seen.contains(o)) {
                problems.add(new Problem(line, "The option '" + o + "' is given twice."));
            } else if (actor.get().option(o).isEmpty()) {
                problems.add(new Problem(line, CatalogNames.notAnOption(profile.get(), actor.get(), o)));
            }
            seen.add(o);
        }
        return Optional.of(new Row(profile.get(), actor.get(), options));
    }
}
