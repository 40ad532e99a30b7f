import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opens real Vaadin UI sessions, each as a browser does when it opens a view: {@code GET /<view>}
 * (the bootstrap page, which starts the HTTP session), {@code GET /?v-r=init&location=<view>}
 * (Flow creates the UI), then the UIDL request with the {@code ui-navigate} event that Flow's
 * client sends next (the server attaches the view and answers with its whole component tree). A
 * session counts as open only if that last answer carries {@code --expect} (text of the view).
 * Sessions then stay idle; no heartbeats are needed within the session timeout.
 *
 * <pre>
 * java bench/Sessions.java --url http://localhost:8080 --sessions 200 [--view catalog] [--expect DICOM]
 * </pre>
 */
public class Sessions {

    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String base = opt.getOrDefault("url", "http://localhost:8080").replaceAll("/+$", "");
        int sessions = Integer.parseInt(opt.getOrDefault("sessions", "200"));
        String view = opt.getOrDefault("view", "catalog");
        String expect = opt.getOrDefault("expect", "DICOM");
        int parallel = Integer.parseInt(opt.getOrDefault("parallel", "4"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        List<Future<Long>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < sessions; i++) {
                results.add(pool.submit(() -> open(http, base, view, expect)));
            }
        }
        long bytes = 0;
        for (Future<Long> r : results) {
            bytes += r.get(); // rethrows the first failure
        }
        System.out.printf("opened %d UI sessions on /%s in %.1f s (%.0f KB of UIDL per view)%n", sessions, view,
                (System.nanoTime() - start) / 1e9, bytes / 1024.0 / sessions);
    }

    /** Opens one session; the size of the view's UIDL answer. */
    static long open(HttpClient http, String base, String view, String expect) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> page = send(http, HttpRequest.newBuilder(URI.create(base + "/" + view)), cookies);
        check(page, "GET /" + view);
        String init = base + "/?v-r=init&location=" + view + "&query=&v-bw=1280&v-bh=800&v-sw=1920&v-sh=1080"
                + "&v-wn=ROOT-" + System.nanoTime() + "&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false&v-tzid=UTC"
                + "&v-td=" + System.currentTimeMillis() + "&v-pr=1&v-np=Linux%20x86_64&v-ct=";
        HttpResponse<String> bootstrap = send(http, HttpRequest.newBuilder(URI.create(init)), cookies);
        check(bootstrap, "v-r=init");
        String key = find(SECURITY_KEY, bootstrap.body(), "Vaadin-Security-Key");
        String uiId = find(UI_ID, bootstrap.body(), "v-uiId");
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key, view);
        HttpResponse<String> uidl = send(http, HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)), cookies);
        check(uidl, "UIDL ui-navigate");
        if (!uidl.body().contains(expect)) {
            throw new IllegalStateException("the view's UIDL does not contain '" + expect + "': "
                    + uidl.body().substring(0, Math.min(300, uidl.body().length())));
        }
        return uidl.body().length();
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request, Map<String, String> cookies)
            throws Exception {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    static void check(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
    }

    static String find(Pattern pattern, String body, String what) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + what + " in the init answer");
        }
        return m.group(1);
    }
}
