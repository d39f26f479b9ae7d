package org.passerelle.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.testing.CliRun;
import org.passerelle.testing.TestSite;
import org.passerelle.testing.TestSite.Answer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code passerelle collect} end to end: a local site, the corpus on disk, the dataset registered and checked. */
class CollectCommandTest {

    @TempDir
    Path data;

    private final TestSite site = new TestSite();

    CollectCommandTest() throws IOException {
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void a_corpus_is_collected_registered_as_a_web_collection_and_checked() throws IOException {
        site.page("/robots.txt", Answer.text("User-agent: PasserelleCollector\nDisallow: /drafts\n"))
                .page("/guide.html", Answer.html("<html><body><p>Recommandations de bonnes pratiques.</p>"
                        + "<a rel=license href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY</a></body></html>"))
                .page("/drafts/next.html", Answer.html("<p>brouillon</p>"));
        Path corpus = data.resolve("guides-corpus");

        CliRun collected = CliRun.of("collect", site.url("/guide.html"), site.url("/drafts/next.html"), "--out", corpus.toString(),
                "--delay", "0.5", "--owner", "Dr Lenoir", "--contact", "lenoir@example.org", "--data", data.toString());

        assertThat(collected.exitCode()).as(collected.err()).isZero();
        assertThat(collected.out()).contains("saved  " + site.url("/guide.html"))
                .contains("disallowed-by-robots  " + site.url("/drafts/next.html"))
                .contains("registered as dataset guides-corpus (origin web-collection)")
                .contains("NOT ALLOWED").contains("licence").contains("terms of use");
        assertThat(site.paths()).doesNotContain("/drafts/next.html");
        assertThat(site.requests().get(0).userAgent()).contains("lenoir@example.org");
        assertThat(Files.readAllLines(corpus.resolve("manifest.jsonl"))).hasSize(2);

        CliRun shown = CliRun.of("dataset", "show", "guides-corpus", "--data", data.toString());
        assertThat(shown.out()).contains("web-collection").contains("passerelle-collect").contains("Dr Lenoir")
                .contains("collect-cli");
        assertThat(CliRun.of("dataset", "update", "guides-corpus", "--licence", "CC-BY-4.0",
                "--terms", "Licence CC BY 4.0 indiquée sur chaque page", "--data", data.toString()).exitCode()).isZero();
        assertThat(CliRun.of("dataset", "check", "guides-corpus", "--data", data.toString()).exitCode()).isZero();
    }

    @Test
    void a_taken_dataset_name_is_refused_before_any_request() {
        site.page("/robots.txt", Answer.text("User-agent: *\nAllow: /\n")).page("/a", Answer.html("<p>a</p>"));
        CliRun.of("dataset", "register", "corpus", "--owner", "A", "--origin", "internal", "--personal-data", "none",
                "--data", data.toString());
        CliRun run = CliRun.of("collect", site.url("/a"), "--out", data.resolve("x").toString(), "--dataset", "corpus",
                "--data", data.toString());
        assertThat(run.exitCode()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("already registered");
        assertThat(site.paths()).isEmpty();
    }

    @Test
    void every_url_refused_by_the_sites_rules_exits_3_and_bad_options_exit_2() {
        site.page("/robots.txt", Answer.text("User-agent: *\nDisallow: /\n"));
        CliRun refused = CliRun.of("collect", site.url("/a"), "--out", data.resolve("c").toString(), "--delay", "0.5",
                "--data", data.toString());
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(Main.NOT_ALLOWED);
        assertThat(site.paths()).containsExactly("/robots.txt");

        for (String[] args : new String[][] {
                {"collect", "ftp://example.org/x", "--out", "o"},
                {"collect", site.url("/a"), "--out", "o", "--delay", "0.1"},
                {"collect", site.url("/a"), "--out", "o", "--contact", "not an address"},
                {"collect", site.url("/a")},
        }) {
            CliRun bad = CliRun.of(args);
            assertThat(bad.exitCode()).as(bad.err()).isEqualTo(Main.USAGE);
            assertThat(bad.err().strip().lines().count()).isEqualTo(1);
        }
    }
}
