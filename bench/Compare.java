import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each kind of request on its own, one after the other against the same server, with the
 * single-standard GET as the baseline: prints each kind's throughput, latencies and its
 * throughput as a ratio to the baseline's, so that runs on different machines can be compared
 * by their ratios. The baseline is measured first and last; the ratios are to the mean of the
 * two, and the two are printed, so that a machine whose speed changed during the run shows.
 * Every kind is run for {@code --warm-up} seconds (default 10) before any is measured.
 *
 * <pre>
 * java bench/Compare.java --url http://localhost:8080 --clients 50 --seconds 20 \
 *      --user planner --password secret --vendor vendor --vendor-password secret
 * </pre>
 *
 * Single-file program for JDK 22 or later (it uses {@link LoadTest}'s helpers, in the same
 * directory). Without {@code --user} the RFP PDF is left out, without {@code --vendor} the
 * statement PDF. Documents are asked for by {@code --document-clients} clients (default 2), not
 * {@code --clients}: a document takes a CPU for a good part of a second, and the server answers
 * 503 when too many wait. Exits with 1 if any request failed.
 */
public class Compare {

    /** Words that texts nobody has searched for before are made of, three at a time. */
    static final List<String> WORDS = List.of("dose", "images", "report", "worklist", "mammography", "audit",
            "patient", "consent", "display", "nuclear", "key", "web", "structured", "radiology", "exchange",
            "cardiology", "query", "retrieve", "archive", "workflow", "ultrasound", "scheduled", "identity",
            "encounter", "order", "results", "document", "sharing", "notification", "export", "import", "portable",
            "media", "teaching", "clinical", "trial", "privacy", "security", "time", "node");

    /** The documented example statement, as a vendor would write it; {@code %s} makes the name unique. */
    static final String STATEMENT = """
            {"format": "rsp-navigator/ihe-integration-statement", "formatVersion": 2,
             "vendor": "Example Imaging Systems", "productName": "Example CT %s", "version": "5.0",
             "date": "2026-11-01", "revision": "", "systemTypes": ["modality-ct"],
             "profiles": [{"profile": "swf-b", "actors": [{"actor": "Acquisition Modality",
                                                         "options": ["Patient Based Worklist Query"]}]},
                          {"profile": "rem", "actors": [{"actor": "Acquisition Modality"}]}],
             "dicom": [{"sopClass": "1.2.840.10008.5.1.4.1.1.2", "roles": ["SCU"],
                        "transferSyntaxes": ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.70"]},
                       {"sopClass": "1.2.840.10008.5.1.4.1.1.88.67", "roles": ["SCU"]},
                       {"sopClass": "1.2.840.10008.5.1.4.31", "roles": ["SCU"]}],
             "dicomweb": [], "hl7": [], "terminology": []}""";

    record Phase(String name, int clients, Supplier<HttpRequest> request) {
    }

    record Outcome(Phase phase, LoadTest.Stats stats, double elapsed) {
        double perSecond() {
            return (stats.count - stats.errorCount()) / elapsed;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = LoadTest.options(args);
        String base = opt.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        int clients = Integer.parseInt(opt.getOrDefault("clients", "50"));
        int documentClients = Integer.parseInt(opt.getOrDefault("document-clients", "2"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        int warmUp = Integer.parseInt(opt.getOrDefault("warm-up", "10"));
        Duration timeout = Duration.ofSeconds(Integer.parseInt(opt.getOrDefault("timeout", "60")));
        String planner = basic(opt.get("user"), opt.get("password"));
        String vendor = basic(opt.get("vendor"), opt.get("vendor-password"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        List<String> standards = LoadTest.ids(http, base + "/api/v1/standards",
                "\"href\"\\s*:\\s*\"/api/v1/standards/([^\"]+)\"");
        List<String> profiles = LoadTest.ids(http, base + "/api/v1/profiles",
                "\"href\"\\s*:\\s*\"/api/v1/profiles/([^\"]+)\"");

        Phase baseline = new Phase("standard (baseline)", clients,
                () -> LoadTest.get(base + "/api/v1/standards/" + LoadTest.pick(standards), timeout));
        List<Phase> phases = new ArrayList<>();
        phases.add(baseline);
        phases.add(new Phase("search", clients,
                () -> LoadTest.get(base + "/api/v1/search?q=" + LoadTest.encode(LoadTest.pick(LoadTest.QUERIES)), timeout)));
        phases.add(new Phase("search, new texts", clients,
                () -> LoadTest.get(base + "/api/v1/search?q=" + LoadTest.encode(newText()), timeout)));
        phases.add(new Phase("suggest", clients,
                () -> LoadTest.get(base + "/api/v1/search/suggest?q=" + LoadTest.encode(LoadTest.pick(LoadTest.PREFIXES)), timeout)));
        phases.add(new Phase("standards list", clients,
                () -> LoadTest.get(base + "/api/v1/standards" + LoadTest.pick(LoadTest.FILTERS), timeout)));
        phases.add(new Phase("profile", clients,
                () -> LoadTest.get(base + "/api/v1/profiles/" + LoadTest.pick(profiles), timeout)));
        phases.add(new Phase("portfolio.csv", clients,
                () -> LoadTest.get(base + "/api/v1/portfolio.csv" + LoadTest.pick(LoadTest.FILTERS), timeout)));
        if (planner != null) {
            String largest = largestRfp(
                    LoadTest.ids(http, base + "/api/v1/use-cases", "\"href\"\\s*:\\s*\"/api/v1/use-cases/([^\"]+)\""),
                    LoadTest.ids(http, base + "/api/v1/system-types",
                            "\"href\"\\s*:\\s*\"/api/v1/system-types/([^\"]+)\""));
            phases.add(new Phase("rfp.pdf (largest)", documentClients,
                    () -> LoadTest.post(base + "/api/v1/rfp/documents/rfp.pdf", planner, timeout, largest)));
        }
        if (vendor != null) {
            String product = createProduct(http, base, vendor);
            phases.add(new Phase("statement.pdf", documentClients, () -> HttpRequest
                    .newBuilder(URI.create(base + "/api/v1/products/" + product + "/statement.pdf")).timeout(timeout)
                    .header("Authorization", vendor).GET().build()));
        }
        phases.add(baseline);

        System.out.printf("%d clients (documents: %d) for %d s per kind after %d s of warm-up, against %s%n", clients,
                documentClients, seconds, warmUp, base);
        // Every kind is warmed up before any is measured: a server's first minute is spent compiling.
        for (Phase phase : phases.subList(0, phases.size() - 1)) {
            run(http, phase, warmUp);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Phase phase : phases) {
            outcomes.add(run(http, phase, seconds));
        }
        double first = outcomes.getFirst().perSecond();
        double last = outcomes.getLast().perSecond();
        double reference = (first + last) / 2;

        System.out.printf("%n%-22s %8s %9s %9s %9s %9s %9s %7s%n", "kind", "clients", "requests", "req/s", "p50 ms",
                "p99 ms", "vs base", "errors");
        int errors = 0;
        for (Outcome o : outcomes) {
            long[] sorted = Arrays.copyOf(o.stats().micros, o.stats().count);
            Arrays.sort(sorted);
            System.out.printf("%-22s %8d %9d %9.1f %9.1f %9.1f %8.1f%% %7d%n", o.phase().name(), o.phase().clients(),
                    o.stats().count, o.perSecond(), LoadTest.percentile(sorted, 50), LoadTest.percentile(sorted, 99),
                    100 * o.perSecond() / reference, o.stats().errorCount());
            errors += o.stats().errorCount();
        }
        System.out.printf("%nbaseline first %.1f req/s, last %.1f req/s (%+.1f%%)%n", first, last,
                100 * (last - first) / first);
        System.exit(errors == 0 ? 0 : 1);
    }

    /** The largest RFP: every use case, one of each of {@code systemTypes}. */
    static String largestRfp(List<String> useCases, List<String> systemTypes) {
        return "{\"spec\": {\"projectName\": \"Largest\", \"region\": \"europe\", \"useCases\": ["
                + String.join(", ", useCases.stream().map(u -> "\"" + u + "\"").toList()) + "], \"systems\": ["
                + String.join(", ", systemTypes.stream().map(t -> "{\"systemType\": \"" + t + "\", \"quantity\": 1}")
                        .toList())
                + "]}}";
    }

    /** Runs {@code phase}'s clients for {@code seconds}, each sending its next request as soon as the last is answered. */
    static Outcome run(HttpClient http, Phase phase, int seconds) throws InterruptedException {
        LoadTest.Stats stats = new LoadTest.Stats();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < phase.clients(); i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        if (!LoadTest.exchange(http, phase.request().get(), stats)) {
                            return;
                        }
                    }
                });
            }
        }
        return new Outcome(phase, stats, (System.nanoTime() - start) / 1e9);
    }

    /** Three words of {@link #WORDS}: 64,000 texts, so that a text rarely comes twice in a run. */
    static String newText() {
        return LoadTest.pick(WORDS) + " " + LoadTest.pick(WORDS) + " " + LoadTest.pick(WORDS);
    }

    static String basic(String user, String password) {
        return user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + (password == null ? "" : password))
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Saves the example statement as a new product of the vendor's organization; its id. */
    static String createProduct(HttpClient http, String base, String vendor) throws IOException, InterruptedException {
        String statement = STATEMENT.formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/products"))
                .header("Authorization", vendor).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("could not create the product: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return id.group(1);
    }
}
