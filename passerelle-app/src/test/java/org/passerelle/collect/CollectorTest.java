package org.passerelle.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.passerelle.testing.MutableClock;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Label;
import org.passerelle.testing.TestSite;
import org.passerelle.testing.TestSite.Answer;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The collector against a real local web site that records every request: robots.txt allows and
 * forbids, crawl delays, logins, announced and declared APIs, unreachable robots.txt, and what is
 * recorded of each page. Time is a test clock that the pacer's waits move forward, so the waits
 * asked for are checked without waiting.
 */
class CollectorTest {

    @TempDir
    Path out;

    private final TestSite site = new TestSite();
    private final MutableClock clock = new MutableClock();
    private final List<Duration> waits = new ArrayList<>();

    CollectorTest() throws IOException {
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Collector collector(Map<String, URI> apis, String apiUnsuitable) {
        Pacer pacer = new Pacer(clock, duration -> {
            waits.add(duration);
            clock.advance(duration);
        });
        return new Collector(Collector.client(), pacer, clock, Detector.withDefaults(),
                new Collector.Settings("PasserelleCollector/test (research corpus)", Duration.ofSeconds(1),
                        Duration.ofSeconds(60), 1024 * 1024, apis, apiUnsuitable));
    }

    private Collector.Report collect(String... paths) throws InterruptedException {
        return collect(Map.of(), null, paths);
    }

    private Collector.Report collect(Map<String, URI> apis, String apiUnsuitable, String... paths) throws InterruptedException {
        List<String> urls = java.util.Arrays.stream(paths).map(site::url).toList();
        return collector(apis, apiUnsuitable).collect(Collector.parse(urls), out);
    }

    private static List<String> outcomes(Collector.Report report) {
        return report.pages().stream().map(page -> page.outcome().id()).toList();
    }

    @Test
    void a_path_robots_txt_disallows_is_never_requested_and_the_crawl_delay_spaces_requests() throws Exception {
        site.page("/robots.txt", Answer.text("""
                        User-agent: *
                        Disallow: /

                        User-agent: PasserelleCollector
                        Disallow: /private
                        Crawl-delay: 3
                        """))
                .page("/public/a.html", Answer.html("<html><body><p>Les essais de phase II.</p></body></html>"))
                .page("/public/b.html", Answer.html("<html><body><p>Les essais de phase III.</p></body></html>"))
                .page("/private/secret.html", Answer.html("<p>secret</p>"));

        Collector.Report report = collect("/public/a.html", "/private/secret.html", "/public/b.html");

        assertThat(outcomes(report)).containsExactly("saved", "disallowed-by-robots", "saved");
        assertThat(site.paths()).containsExactly("/robots.txt", "/.well-known/api-catalog", "/public/a.html", "/public/b.html");
        assertThat(site.paths()).noneMatch(path -> path.startsWith("/private"));
        // robots.txt first; then each request waits the crawl delay (3 s, above the 1 s default) after the previous one.
        assertThat(waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
        assertThat(report.sites().get(0).crawlDelayMillis()).isEqualTo(3000L);
        assertThat(site.requests()).allMatch(request -> request.userAgent().startsWith("PasserelleCollector/"));
    }

    @Test
    void the_polite_default_applies_when_robots_txt_sets_no_delay_and_only_the_remainder_is_waited() throws Exception {
        site.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n"))
                .page("/a", Answer.html("<p>a</p>")).page("/b", Answer.html("<p>b</p>"));
        Pacer pacer = new Pacer(clock, duration -> {
            waits.add(duration);
            clock.advance(duration);
        });
        pacer.awaitTurn("x", Duration.ofSeconds(2));
        clock.advance(Duration.ofMillis(500));
        pacer.awaitTurn("x", Duration.ofSeconds(2));
        pacer.awaitTurn("y", Duration.ofSeconds(2));
        assertThat(waits).containsExactly(Duration.ofMillis(1500));
        waits.clear();

        collect("/a", "/b");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void pages_behind_a_login_are_refused_and_not_saved() throws Exception {
        site.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n"))
                .page("/members", new Answer(302, Map.of("Location", "/login?next=/members"), ""))
                .page("/account", new Answer(401, Map.of("WWW-Authenticate", "Basic realm=\"intranet\""), ""))
                .page("/staff", new Answer(403, Map.of(), "forbidden"))
                .page("/portal", Answer.html("<form><input name=user><input type=password name=pw></form>"))
                .page("/login", Answer.html("<form><input type=password></form>"));

        Collector.Report report = collect("/members", "/account", "/staff", "/portal", "/signin");

        assertThat(outcomes(report)).containsOnly("behind-login");
        assertThat(site.paths()).doesNotContain("/login?next=/members", "/signin");
        assertThat(report.saved()).isZero();
        assertThat(report.allRefused()).isTrue();
        try (var files = Files.list(out.resolve("pages"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_site_announcing_an_api_is_not_collected_unless_the_api_is_declared_unsuitable() throws Exception {
        site.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n"))
                .page("/.well-known/api-catalog", new Answer(200, Map.of("Content-Type", "application/linkset+json"), "{\"linkset\":[]}"))
                .page("/data.html", Answer.html("<p>données</p>"));

        Collector.Report report = collect("/data.html");
        assertThat(outcomes(report)).containsExactly("site-has-api");
        assertThat(report.sites().get(0).api()).startsWith("announced: ").endsWith("/.well-known/api-catalog");
        assertThat(site.paths()).containsExactly("/robots.txt", "/.well-known/api-catalog");

        Collector.Report justified = collect(Map.of(), "the API serves no full texts", "/data.html");
        assertThat(outcomes(justified)).containsExactly("saved");
        assertThat(Files.readString(out.resolve("sites.json"))).contains("the API serves no full texts");
    }

    @Test
    void a_declared_api_means_no_page_of_that_site_is_requested() throws Exception {
        site.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n")).page("/data.html", Answer.html("<p>x</p>"));
        URI api = URI.create(site.url("/api/v1"));
        Collector.Report report = collect(Map.of(Collector.origin(api), api), null, "/data.html");
        assertThat(outcomes(report)).containsExactly("site-has-api");
        assertThat(site.paths()).containsExactly("/robots.txt");
    }

    @Test
    void an_unreachable_robots_txt_forbids_everything_and_a_missing_one_allows() throws Exception {
        site.page("/robots.txt", new Answer(503, Map.of(), "down")).page("/a", Answer.html("<p>a</p>"));
        assertThat(outcomes(collect("/a"))).containsExactly("disallowed-by-robots");
        assertThat(site.paths()).containsExactly("/robots.txt");

        site.page("/robots.txt", new Answer(404, Map.of(), "none"));
        assertThat(outcomes(collect("/a"))).containsExactly("saved");
    }

    @Test
    void a_redirect_to_another_site_is_not_followed() throws Exception {
        try (TestSite other = new TestSite()) {
            other.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n")).page("/x", Answer.html("<p>x</p>"));
            site.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n"))
                    .page("/away", new Answer(301, Map.of("Location", other.url("/x")), ""));
            assertThat(outcomes(collect("/away"))).containsExactly("http-error");
            assertThat(other.paths()).isEmpty();
        }
    }

    @Test
    void each_saved_page_is_recorded_with_its_hash_licence_and_terms_hints_and_personal_data_kinds() throws Exception {
        String page = """
                <html><head><link rel="license" href="https://creativecommons.org/licenses/by/4.0/">
                <meta name="dcterms.rights" content="© Institut, 2026"></head>
                <body><h1>Registre des essais</h1><p>Contact : Dr Jean DUPONT, jean.dupont@example.org, 01 45 67 89 10.</p>
                <footer><a href="/cgu">Conditions générales d'utilisation</a> <a href="/about">À propos</a></footer></body></html>
                """;
        site.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n")).page("/essais", Answer.html(page))
                .page("/image.png", new Answer(200, Map.of("Content-Type", "image/png"), "PNG"));

        Collector.Report report = collect("/essais", "/image.png");

        assertThat(outcomes(report)).containsExactly("saved", "not-text");
        Collector.Page saved = report.pages().get(0);
        byte[] bytes = Files.readAllBytes(out.resolve(saved.file()));
        assertThat(saved.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(saved.licenceHints()).contains("https://creativecommons.org/licenses/by/4.0/", "© Institut, 2026");
        assertThat(saved.termsHints()).containsExactly(site.url("/cgu"));
        assertThat(saved.personalData()).contains(Label.EMAIL, Label.PHONE);

        List<String> lines = Files.readAllLines(out.resolve("manifest.jsonl"));
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("url").asText()).isEqualTo(site.url("/essais"));
        assertThat(first.get("sha256").asText()).isEqualTo(saved.sha256());
        // robots.txt at the start, the API catalogue 1 s later, the page 1 s after that.
        assertThat(first.get("fetched_at").asText()).isEqualTo(MutableClock.START.plusSeconds(2).toString());
        assertThat(first.get("personal_data").toString()).contains("EMAIL");
        // The manifest names kinds of personal data, never the data.
        assertThat(String.join("\n", lines)).doesNotContain("jean.dupont").doesNotContain("DUPONT");
    }

    @Test
    void only_absolute_http_urls_are_accepted() {
        assertThatThrownBy(() -> Collector.parse(List.of("file:///etc/passwd"))).hasMessageContaining("only absolute http and https");
        assertThatThrownBy(() -> Collector.parse(List.of("/relative"))).hasMessageContaining("only absolute http and https");
        assertThatThrownBy(() -> Collector.parse(List.of("http://exa mple.org/"))).hasMessageContaining("not a URL");
    }
}
