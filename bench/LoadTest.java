import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load test of the RSP Navigator API: a fixed number of closed-loop clients (each sends a
 * request, waits for the whole answer, and sends the next at once) over a weighted mix of catalog,
 * search and document endpoints, for a fixed time. Prints, per endpoint class and overall, the
 * requests, throughput, latency percentiles and errors by status, and exits with 1 if there was
 * any error (a status other than 2xx, a timeout or an I/O exception).
 *
 * <pre>
 * java bench/LoadTest.java --url http://localhost:8080 --clients 200 --seconds 60 \
 *      --user planner --password secret
 * </pre>
 *
 * Single-file program: JDK only (HttpClient, virtual threads). Without {@code --user} the
 * authenticated RFP document requests are left out of the mix.
 */
public class LoadTest {

    /** Search texts people type: identifiers, vocabulary, typos and plain sentences. */
    static final List<String> QUERIES = List.of("dose", "XDS-I", "worklist", "send images to the EHR", "mamo cad",
            "PS3.16 TID 10011", "nuclear medicine", "anonymization", "key images", "C-STORE", "structured report",
            "tomosynthsis", "consent", "radiopharmaceutical", "ICD10", "OB/Gyn", "web access to images",
            "display calibration", "SWF.b", "patient registration", "radiation dose structured report", "XDS-I.b",
            "mammography CAD", "HL7 ORU", "audit trail", "WADO-RS", "SNOMED", "teaching file", "MWL", "DICOMweb");
    static final List<String> PREFIXES = List.of("d", "do", "dos", "rds", "xds", "xds-i", "nuc", "dic", "dicom w",
            "mammo", "mamo", "key im", "wado", "ihe s", "hl7", "work", "PS3.1", "atna", "snom", "icd");
    /** Filters of {@code /standards}, one chosen per request; the empty one lists everything. */
    static final List<String> FILTERS = List.of("", "", "?group=preferred", "?category=technical-workflow",
            "?group=emerging&category=content", "?sdo=dicom", "?sdo=ihe-radiology,ihe-iti&group=preferred",
            "?maturity=final&adoption=moderate", "?region=europe&deployment=high", "?tooling=high",
            "?q=dose", "?category=privacy-security&region=us");
    static final String RFP_SPEC = """
            {"spec": {"projectName": "Load test %d", "region": "europe", "useCases": ["device-to-department"], \
            "systems": [{"systemType": "pacs", "quantity": 1}]}}""";

    /** One kind of request with its share of the mix. */
    record EndpointClass(String name, int weight, Supplier<HttpRequest> request) {
    }

    /** What the clients saw for one class: latencies in microseconds, errors by kind. */
    static final class Stats {
        long[] micros = new long[1024];
        int count;
        long bytes;
        final Map<String, Integer> errors = new TreeMap<>();

        synchronized void ok(long us, long size) {
            add(us);
            bytes += size;
        }

        synchronized void error(long us, String kind) {
            add(us);
            errors.merge(kind, 1, Integer::sum);
        }

        private void add(long us) {
            if (count == micros.length) {
                micros = Arrays.copyOf(micros, count * 2);
            }
            micros[count++] = us;
        }

        synchronized void addAll(Stats other) {
            for (int i = 0; i < other.count; i++) {
                add(other.micros[i]);
            }
            bytes += other.bytes;
            other.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
        }

        int errorCount() {
            return errors.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String base = opt.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        int clients = Integer.parseInt(opt.getOrDefault("clients", "200"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "60"));
        int timeout = Integer.parseInt(opt.getOrDefault("timeout", "180"));
        String user = opt.get("user");
        String auth = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + opt.getOrDefault("password", ""))
                        .getBytes(StandardCharsets.UTF_8));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        Duration requestTimeout = Duration.ofSeconds(timeout);

        // The ids to ask for, read from the API itself.
        List<String> standards = ids(http, base + "/api/v1/standards", "\"href\"\\s*:\\s*\"/api/v1/standards/([^\"]+)\"");
        List<String> profiles = ids(http, base + "/api/v1/profiles", "\"href\"\\s*:\\s*\"/api/v1/profiles/([^\"]+)\"");
        List<String> useCases = ids(http, base + "/api/v1/use-cases", "\"href\"\\s*:\\s*\"/api/v1/use-cases/([^\"]+)\"");
        if (standards.isEmpty() || profiles.isEmpty() || useCases.isEmpty()) {
            throw new IllegalStateException("could not read the ids of standards, profiles and use cases from " + base
                    + " (standards " + standards.size() + ", profiles " + profiles.size() + ", use cases "
                    + useCases.size() + ")");
        }

        List<EndpointClass> mix = new ArrayList<>();
        mix.add(new EndpointClass("search", 30,
                () -> get(base + "/api/v1/search?q=" + encode(pick(QUERIES)), requestTimeout)));
        mix.add(new EndpointClass("suggest", 20,
                () -> get(base + "/api/v1/search/suggest?q=" + encode(pick(PREFIXES)), requestTimeout)));
        mix.add(new EndpointClass("standards list", 10,
                () -> get(base + "/api/v1/standards" + pick(FILTERS), requestTimeout)));
        mix.add(new EndpointClass("standard", 12,
                () -> get(base + "/api/v1/standards/" + pick(standards), requestTimeout)));
        mix.add(new EndpointClass("profile", 9, () -> get(base + "/api/v1/profiles/" + pick(profiles), requestTimeout)));
        mix.add(new EndpointClass("use case", 6, () -> get(base + "/api/v1/use-cases/" + pick(useCases), requestTimeout)));
        mix.add(new EndpointClass("portfolio.csv", 4,
                () -> get(base + "/api/v1/portfolio.csv" + pick(FILTERS), requestTimeout)));
        mix.add(new EndpointClass("portfolio.pdf", 1,
                () -> get(base + "/api/v1/portfolio.pdf" + pick(FILTERS), requestTimeout)));
        if (auth != null) {
            mix.add(new EndpointClass("matrix.csv (auth)", 7,
                    () -> post(base + "/api/v1/rfp/documents/response-matrix.csv", auth, requestTimeout)));
            mix.add(new EndpointClass("rfp.pdf (auth)", 1,
                    () -> post(base + "/api/v1/rfp/documents/rfp.pdf", auth, requestTimeout)));
        } else {
            System.out.println("No --user: the RFP document requests are left out.");
        }
        int totalWeight = mix.stream().mapToInt(EndpointClass::weight).sum();

        System.out.printf("%d clients for %d s against %s; %d standards, %d profiles, %d use cases; mix: %s%n",
                clients, seconds, base, standards.size(), profiles.size(), useCases.size(),
                mix.stream().map(c -> c.name() + " " + Math.round(100.0 * c.weight() / totalWeight) + "%").toList());

        Map<String, Stats> stats = new LinkedHashMap<>();
        mix.forEach(c -> stats.put(c.name(), new Stats()));
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        EndpointClass c = choose(mix, totalWeight);
                        if (!exchange(http, c.request().get(), stats.get(c.name()))) {
                            return;
                        }
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;

        Stats all = new Stats();
        System.out.printf("%n%-18s %9s %9s %9s %9s %9s %9s %9s %7s%n", "endpoint class", "requests", "req/s",
                "p50 ms", "p90 ms", "p99 ms", "max ms", "KB/resp", "errors");
        stats.forEach((name, s) -> {
            print(name, s, elapsed);
            all.addAll(s);
        });
        print("all", all, elapsed);
        System.out.printf("(%.1f s including the answers still coming in after %d s)%n", elapsed, seconds);
        if (all.errorCount() > 0) {
            System.out.println("\nErrors:");
            stats.forEach((name, s) -> s.errors.forEach((kind, n) -> System.out.printf("  %-18s %-24s %d%n", name, kind, n)));
            System.exit(1);
        }
        System.out.println("No errors.");
    }

    /**
     * Sends {@code request}, reads the whole answer and counts it in {@code s}: a 2xx as a success
     * with its size, anything else, a timeout or an I/O exception as an error of its kind. False
     * when the client thread was interrupted and should stop.
     */
    static boolean exchange(HttpClient http, HttpRequest request, Stats s) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long us = (System.nanoTime() - t0) / 1000;
            if (response.statusCode() / 100 == 2) {
                s.ok(us, response.body().length);
            } else {
                s.error(us, "HTTP " + response.statusCode());
            }
        } catch (HttpTimeoutException e) {
            s.error((System.nanoTime() - t0) / 1000, "timeout");
        } catch (IOException e) {
            s.error((System.nanoTime() - t0) / 1000, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    static void print(String name, Stats s, double elapsed) {
        long[] sorted = Arrays.copyOf(s.micros, s.count);
        Arrays.sort(sorted);
        int ok = s.count - s.errorCount();
        System.out.printf("%-18s %9d %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f %7d%n", name, s.count, s.count / elapsed,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0,
                ok == 0 ? 0.0 : s.bytes / 1024.0 / ok, s.errorCount());
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    static EndpointClass choose(List<EndpointClass> mix, int totalWeight) {
        int r = ThreadLocalRandom.current().nextInt(totalWeight);
        for (EndpointClass c : mix) {
            r -= c.weight();
            if (r < 0) {
                return c;
            }
        }
        throw new AssertionError();
    }

    static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpRequest get(String url, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
    }

    static HttpRequest post(String url, String auth, Duration timeout) {
        return post(url, auth, timeout, RFP_SPEC.formatted(ThreadLocalRandom.current().nextInt(1000)));
    }

    static HttpRequest post(String url, String auth, Duration timeout, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** The ids named in the hrefs of a list resource. */
    static List<String> ids(HttpClient http, String url, String hrefPattern) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile(hrefPattern).matcher(response.body());
        while (m.find()) {
            if (!m.group(1).contains("/") && !ids.contains(m.group(1))) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: java bench/LoadTest.java --url http://localhost:8080 "
                        + "--clients 200 --seconds 60 [--user name --password secret] [--timeout 180]");
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }
}
