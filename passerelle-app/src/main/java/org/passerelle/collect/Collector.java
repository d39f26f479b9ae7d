package org.passerelle.collect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.passerelle.PasserelleException;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Finding;
import org.passerelle.detect.Label;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects public web pages for a corpus the way section 7 of the institute's recommendations
 * asks: a site's API first (one the user declares, or one the site announces at
 * {@code /.well-known/api-catalog}, RFC 9727), then only what its robots.txt allows this user
 * agent (RFC 9309, read by crawler-commons; an unreachable robots.txt forbids everything), one
 * request at a time per site, spaced by its crawl delay or a polite default, never a page behind
 * a login. Each page is saved under its SHA-256 and described in {@code manifest.jsonl}: URL,
 * date, status, licence and terms hints, hash, and the kinds of personal data the detector saw.
 */
public final class Collector {

    /** The robots.txt token this collector obeys. */
    public static final String AGENT = "PasserelleCollector";

    /** How a collection is run. */
    public record Settings(String userAgent, Duration politeDelay, Duration maxCrawlDelay, long maxPageBytes,
                           Map<String, URI> declaredApis, String apiUnsuitableReason) {
        public Settings {
            declaredApis = Map.copyOf(declaredApis);
        }
    }

    /** What happened to one URL. */
    public enum Outcome {
        SAVED, DISALLOWED_BY_ROBOTS, SITE_HAS_API, BEHIND_LOGIN, NOT_TEXT, TOO_LARGE, HTTP_ERROR, UNREACHABLE;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Outcomes that are the rules saying no, rather than failures. */
        boolean refusal() {
            return this == DISALLOWED_BY_ROBOTS || this == SITE_HAS_API || this == BEHIND_LOGIN;
        }
    }

    /** One URL's record; the page's file is {@code pages/SHA256.html} (or .txt) when saved. */
    public record Page(String url, Outcome outcome, Instant at, Integer status, String contentType, String sha256,
                       long bytes, String file, List<String> licenceHints, List<String> termsHints,
                       Set<Label> personalData) {
    }

    /** What was found of one site. */
    public record Site(String origin, String robots, Long crawlDelayMillis, String api) {
    }

    /** The whole collection. */
    public record Report(List<Site> sites, List<Page> pages, Instant started) {

        public long saved() {
            return pages.stream().filter(page -> page.outcome() == Outcome.SAVED).count();
        }

        /** Whether every URL was refused by the rules (robots, API, login), none failed or was saved. */
        public boolean allRefused() {
            return !pages.isEmpty() && pages.stream().allMatch(page -> page.outcome().refusal());
        }

        public Set<Label> personalData() {
            Set<Label> labels = EnumSet.noneOf(Label.class);
            pages.forEach(page -> labels.addAll(page.personalData()));
            return labels;
        }
    }

    /** Labels that make a page hold personal data (dates, cities, hospitals alone do not). */
    private static final Set<Label> PERSONAL = EnumSet.of(Label.LAST_NAME, Label.FIRST_NAME, Label.NIR, Label.PATIENT_ID,
            Label.STAY_ID, Label.BIRTH_DATE, Label.PHONE, Label.EMAIL, Label.ADDRESS, Label.IBAN, Label.RPPS, Label.ADELI);
    private static final Pattern LOGIN_PATH = Pattern.compile(
            "(?i).*(/|^)(login|log-in|signin|sign-in|sign_in|connexion|se-connecter|auth|authenticate|sso|cas|oauth2?)(/|\\.|$|\\?).*");
    private static final Pattern TERMS_TEXT = Pattern.compile(
            "(?i).*(conditions g[ée]n[ée]rales|\\bcgu\\b|terms of (use|service)|terms and conditions|mentions l[ée]gales|legal notice|conditions d.utilisation).*");
    private static final Pattern LICENCE_TEXT = Pattern.compile("(?i).*(licen[cs]e|copyright|droits? d.auteur|creative commons|\\bcc[- ]by).*");
    private static final int MAX_REDIRECTS = 5;
    private static final int MAX_HINTS = 10;

    private final HttpClient http;
    private final Pacer pacer;
    private final Clock clock;
    private final Detector detector;
    private final Settings settings;
    private final ObjectMapper json = new ObjectMapper();

    public Collector(HttpClient http, Pacer pacer, Clock clock, Detector detector, Settings settings) {
        this.http = http;
        this.pacer = pacer;
        this.clock = clock;
        this.detector = detector;
        this.settings = settings;
    }

    /** The HTTP client the command uses: redirects are followed by the collector itself, to check each one. */
    public static HttpClient client() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Checks URLs before anything is fetched: absolute http(s) URLs with a host. */
    public static List<URI> parse(List<String> urls) {
        List<URI> uris = new ArrayList<>();
        for (String url : urls) {
            URI uri;
            try {
                uri = new URI(url).normalize();
            } catch (java.net.URISyntaxException e) {
                throw invalid("invalid-url", "not a URL: " + printable(url));
            }
            if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw invalid("invalid-url", "only absolute http and https URLs are collected: " + printable(url));
            }
            uris.add(uri);
        }
        return uris;
    }

    /** Collects {@code urls} into {@code out} (pages/, manifest.jsonl, sites.json). */
    public Report collect(List<URI> urls, Path out) throws InterruptedException {
        Instant started = clock.instant();
        Path pages = out.resolve("pages");
        try {
            Files.createDirectories(pages);
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "output-not-writable",
                    out + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, SiteState> sites = new LinkedHashMap<>();
        List<Page> records = new ArrayList<>();
        for (URI url : urls) {
            String origin = origin(url);
            SiteState site = sites.get(origin);
            if (site == null) {
                site = discover(origin);
                sites.put(origin, site);
            }
            records.add(fetch(url, site, pages));
        }
        Report report = new Report(sites.values().stream().map(SiteState::describe).toList(), records, started);
        write(report, out);
        return report;
    }

    // ---- a site: its API, its robots.txt

    private final class SiteState {
        final String origin;
        final BaseRobotRules rules;
        final String robots;
        final String api;

        SiteState(String origin, BaseRobotRules rules, String robots, String api) {
            this.origin = origin;
            this.rules = rules;
            this.robots = robots;
            this.api = api;
        }

        Duration delay() {
            return delayOf(rules);
        }

        Site describe() {
            long crawlDelay = rules.getCrawlDelay();
            return new Site(origin, robots, crawlDelay > 0 ? crawlDelay : null, api);
        }
    }

    private SiteState discover(String origin) throws InterruptedException {
        URI robotsUri = URI.create(origin + "/robots.txt");
        BaseRobotRules rules;
        String robots;
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(settings.maxCrawlDelay().toMillis(), 20);
        pacer.awaitTurn(origin, settings.politeDelay());
        try {
            HttpResponse<byte[]> response = http.send(request(robotsUri), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                rules = parser.parseContent(robotsUri.toString(), response.body(),
                        response.headers().firstValue("Content-Type").orElse("text/plain"), List.of(AGENT.toLowerCase(Locale.ROOT)));
                robots = "found";
            } else if (status >= 400 && status < 500) {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL); // RFC 9309 2.3.1.3: unavailable
                robots = "absent (" + status + ")";
            } else {
                rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE); // 2.3.1.4: unreachable
                robots = "unreachable (" + status + "): nothing collected";
            }
        } catch (IOException e) {
            rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
            robots = "unreachable (" + e.getClass().getSimpleName() + "): nothing collected";
        }
        return new SiteState(origin, rules, robots, api(origin, rules));
    }

    /** The site's API, if the user declared one or the site announces one; null when collection may go on. */
    private String api(String origin, BaseRobotRules rules) throws InterruptedException {
        URI declared = settings.declaredApis().get(origin);
        if (declared != null) {
            return settings.apiUnsuitableReason() == null ? "declared: " + declared : null;
        }
        URI catalog = URI.create(origin + "/.well-known/api-catalog");
        if (!rules.isAllowed(catalog.toString())) {
            return null;
        }
        pacer.awaitTurn(origin, delayOf(rules));
        try {
            HttpResponse<Void> response = http.send(request(catalog), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200 && settings.apiUnsuitableReason() == null) {
                return "announced: " + catalog;
            }
        } catch (IOException e) {
            return null; // no catalogue reachable: nothing announced
        }
        return null;
    }

    private Duration delayOf(BaseRobotRules rules) {
        long crawlDelay = rules.getCrawlDelay();
        Duration delay = crawlDelay > 0 ? Duration.ofMillis(crawlDelay) : Duration.ZERO;
        return delay.compareTo(settings.politeDelay()) > 0 ? delay : settings.politeDelay();
    }

    // ---- a page

    private Page fetch(URI url, SiteState site, Path pages) throws InterruptedException {
        Instant at = clock.instant();
        if (site.api != null) {
            return refused(url, Outcome.SITE_HAS_API, at);
        }
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!origin(current).equals(site.origin)) {
                return refused(url, Outcome.HTTP_ERROR, at); // redirected to another site: not followed
            }
            if (!site.rules.isAllowed(current.toString())) {
                return refused(url, Outcome.DISALLOWED_BY_ROBOTS, at);
            }
            if (LOGIN_PATH.matcher(current.getRawPath() == null ? "" : current.getRawPath()).matches()) {
                return refused(url, Outcome.BEHIND_LOGIN, at);
            }
            pacer.awaitTurn(site.origin, site.delay());
            at = clock.instant();
            HttpResponse<InputStream> response;
            try {
                response = http.send(request(current), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                return refused(url, Outcome.UNREACHABLE, at);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response);
                current = current.resolve(response.headers().firstValue("Location").get()).normalize();
                continue;
            }
            if (status == 401 || status == 403 || response.headers().firstValue("WWW-Authenticate").isPresent()) {
                close(response);
                return new Page(url.toString(), Outcome.BEHIND_LOGIN, at, status, null, null, 0, null, List.of(), List.of(), Set.of());
            }
            if (status != 200) {
                close(response);
                return new Page(url.toString(), Outcome.HTTP_ERROR, at, status, null, null, 0, null, List.of(), List.of(), Set.of());
            }
            return save(url, current, response, at, pages);
        }
        return refused(url, Outcome.HTTP_ERROR, at);
    }

    private Page save(URI url, URI finalUrl, HttpResponse<InputStream> response, Instant at, Path pages) {
        String contentType = response.headers().firstValue("Content-Type").orElse("application/octet-stream");
        String mime = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean html = mime.equals("text/html") || mime.equals("application/xhtml+xml");
        if (!(mime.startsWith("text/") || html || mime.endsWith("+xml") || mime.equals("application/xml")
                || mime.equals("application/json"))) {
            close(response);
            return new Page(url.toString(), Outcome.NOT_TEXT, at, 200, mime, null, 0, null, List.of(), List.of(), Set.of());
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxPageBytes() + 1));
        } catch (IOException e) {
            return refused(url, Outcome.UNREACHABLE, at);
        }
        if (body.length > settings.maxPageBytes()) {
            return new Page(url.toString(), Outcome.TOO_LARGE, at, 200, mime, null, 0, null, List.of(), List.of(), Set.of());
        }
        String text = new String(body, charset(contentType));
        List<String> licence = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        String plain = text;
        if (html) {
            Document document = Jsoup.parse(text, finalUrl.toString());
            if (!document.select("input[type=password]").isEmpty()) {
                return new Page(url.toString(), Outcome.BEHIND_LOGIN, at, 200, mime, null, 0, null, List.of(), List.of(), Set.of());
            }
            hints(document, licence, terms);
            plain = document.text();
        }
        String sha256 = sha256(body);
        String file = "pages/" + sha256 + (html ? ".html" : ".txt");
        try {
            Files.write(pages.getParent().resolve(file), body);
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "output-not-writable",
                    pages + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
        Set<Label> personal = EnumSet.noneOf(Label.class);
        for (Finding finding : detector.analyze(plain).findings()) {
            if (PERSONAL.contains(finding.label())) {
                personal.add(finding.label());
            }
        }
        return new Page(url.toString(), Outcome.SAVED, at, 200, mime, sha256, body.length, file, licence, terms, personal);
    }

    /** Licence hints (rel=license links, licence metadata, Creative Commons links) and links to terms of use. */
    private static void hints(Document document, List<String> licence, List<String> terms) {
        Set<String> licences = new LinkedHashSet<>();
        Set<String> termLinks = new LinkedHashSet<>();
        for (Element link : document.select("[rel~=(?i)license]")) {
            licences.add(link.hasAttr("href") ? link.absUrl("href") : link.text());
        }
        for (Element meta : document.select("meta[name]")) {
            String name = meta.attr("name").toLowerCase(Locale.ROOT);
            if (name.equals("license") || name.equals("licence") || name.equals("dc.rights") || name.equals("dcterms.license")
                    || name.equals("dc.license") || name.equals("dcterms.rights") || name.equals("copyright")) {
                licences.add(meta.attr("content").strip());
            }
        }
        for (Element anchor : document.select("a[href]")) {
            String href = anchor.absUrl("href");
            String label = anchor.text();
            if (href.contains("creativecommons.org/licenses") || href.contains("creativecommons.org/publicdomain")
                    || href.contains("etalab.gouv.fr/licence") || LICENCE_TEXT.matcher(label).matches()) {
                licences.add(href);
            }
            if (TERMS_TEXT.matcher(label).matches()) {
                termLinks.add(href);
            }
        }
        licences.stream().filter(s -> !s.isBlank()).limit(MAX_HINTS).map(s -> truncate(s, 300)).forEach(licence::add);
        termLinks.stream().filter(s -> !s.isBlank()).limit(MAX_HINTS).map(s -> truncate(s, 300)).forEach(terms::add);
    }

    // ---- output

    private void write(Report report, Path out) {
        StringBuilder manifest = new StringBuilder();
        for (Page page : report.pages()) {
            ObjectNode line = json.createObjectNode();
            line.put("url", page.url()).put("outcome", page.outcome().id()).put("fetched_at", page.at().toString());
            if (page.status() != null) {
                line.put("status", page.status());
            }
            line.put("content_type", page.contentType()).put("sha256", page.sha256()).put("bytes", page.bytes())
                    .put("file", page.file());
            ArrayNode licence = line.putArray("licence_hints");
            page.licenceHints().forEach(licence::add);
            ArrayNode terms = line.putArray("terms_hints");
            page.termsHints().forEach(terms::add);
            ArrayNode personal = line.putArray("personal_data");
            page.personalData().forEach(label -> personal.add(label.name()));
            manifest.append(line).append('\n');
        }
        ObjectNode sites = json.createObjectNode();
        sites.put("collector", settings.userAgent()).put("robots_token", AGENT).put("started", report.started().toString())
                .put("polite_delay_ms", settings.politeDelay().toMillis());
        if (settings.apiUnsuitableReason() != null) {
            sites.put("api_unsuitable_reason", settings.apiUnsuitableReason());
        }
        ArrayNode list = sites.putArray("sites");
        for (Site site : report.sites()) {
            ObjectNode item = list.addObject().put("origin", site.origin()).put("robots", site.robots()).put("api", site.api());
            if (site.crawlDelayMillis() != null) {
                item.put("crawl_delay_ms", site.crawlDelayMillis());
            }
        }
        try {
            Files.writeString(out.resolve("manifest.jsonl"), manifest.toString());
            Files.writeString(out.resolve("sites.json"),
                    json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sites) + "\n");
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "output-not-writable",
                    out + ": cannot be written (" + e.getClass().getSimpleName() + ")");
        }
    }

    // ---- helpers

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("User-Agent", settings.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5").GET().build();
    }

    private static Page refused(URI url, Outcome outcome, Instant at) {
        return new Page(url.toString(), outcome, at, null, null, null, 0, null, List.of(), List.of(), Set.of());
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // nothing to do: the connection is dropped
        }
    }

    /** scheme://host[:port], the unit robots.txt and pacing apply to. */
    public static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String item = part.strip().toLowerCase(Locale.ROOT);
            if (item.startsWith("charset=")) {
                try {
                    return Charset.forName(item.substring(8).replace("\"", ""));
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }

    private static PasserelleException invalid(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, code, message);
    }
}
