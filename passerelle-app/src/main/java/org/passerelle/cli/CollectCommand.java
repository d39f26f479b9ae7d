package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.collect.Collector;
import org.passerelle.collect.Pacer;
import org.passerelle.dataset.Dataset;
import org.passerelle.dataset.DatasetField;
import org.passerelle.dataset.DatasetRegister;
import org.passerelle.dataset.DatasetRules;
import org.passerelle.detect.Detector;
import org.passerelle.detect.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code passerelle collect}: public web pages for a corpus, collected within the sites' rules
 * (API first, robots.txt, crawl delays, no logins), then registered as a dataset of origin
 * "web collection" and checked.
 */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = {"Collects public web pages into DIR, as section 7 of the institute's recommendations asks: the site's",
                "API first (declared with --api, or announced at /.well-known/api-catalog), then only what robots.txt",
                "allows the PasserelleCollector agent, one request at a time per site spaced by its crawl delay or",
                "--delay, never a page behind a login. Writes pages/, manifest.jsonl (URL, date, hash, licence and",
                "terms hints, kinds of personal data) and sites.json, registers the result as a dataset and checks it.",
                "Exit codes: 0 pages collected, 1 failures only, 2 bad input, 3 every URL refused by the sites' rules."})
final class CollectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    AdminCommand.Storage storage = new AdminCommand.Storage();
    @Parameters(paramLabel = "URL", arity = "1..*", description = "Pages to collect (http or https).")
    List<String> urls;
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where pages and the manifest are written.")
    Path out;
    @Option(names = "--dataset", paramLabel = "NAME", description = "Name of the dataset registered (default: DIR's name).")
    String dataset;
    @Option(names = "--owner", paramLabel = "NAME", description = "The person responsible for the corpus (default: your login).")
    String owner;
    @Option(names = "--personal-data", paramLabel = "STATUS",
            description = "The corpus's personal-data status (default: nominative when the detector saw names or contact details, else none).")
    String personalData;
    @Option(names = "--api", paramLabel = "URL", description = "A site's documented API: that site's pages are not collected.")
    List<String> apis = List.of();
    @Option(names = "--api-unsuitable", paramLabel = "REASON",
            description = "Why the sites' APIs do not provide these data; recorded in sites.json, and pages are collected.")
    String apiUnsuitable;
    @Option(names = "--delay", paramLabel = "SECONDS", defaultValue = "2",
            description = "Seconds between two requests to one site when robots.txt sets no longer crawl delay (at least 0.5; default: ${DEFAULT-VALUE}).")
    double delaySeconds;
    @Option(names = "--max-crawl-delay", paramLabel = "SECONDS", defaultValue = "60",
            description = "A site asking for a longer crawl delay is not collected (default: ${DEFAULT-VALUE}).")
    int maxCrawlDelay;
    @Option(names = "--contact", paramLabel = "EMAIL", description = "A contact put in the User-Agent, so that sites can reach you.")
    String contact;

    @Override
    public Integer call() throws InterruptedException {
        if (!(delaySeconds >= 0.5) || delaySeconds > 3600) {
            throw invalid("invalid-delay", "--delay: between 0.5 and 3600 seconds");
        }
        if (maxCrawlDelay < 1 || maxCrawlDelay > 86_400) {
            throw invalid("invalid-delay", "--max-crawl-delay: between 1 and 86400 seconds");
        }
        if (contact != null && !contact.matches("[\\w.+-]+@[\\w.-]+")) {
            throw invalid("invalid-contact", "--contact: an e-mail address");
        }
        List<URI> targets = Collector.parse(urls);
        Map<String, URI> declared = new LinkedHashMap<>();
        for (URI api : Collector.parse(apis)) {
            declared.put(Collector.origin(api), api);
        }
        String name = dataset != null ? dataset : out.toAbsolutePath().normalize().getFileName().toString();
        String responsible = owner != null ? owner : System.getProperty("user.name", "unknown");
        String userAgent = Collector.AGENT + "/" + VersionProvider.version() + " (research corpus"
                + (contact == null ? "" : "; " + contact) + ")";
        Collector.Settings settings = new Collector.Settings(userAgent, Duration.ofMillis(Math.round(delaySeconds * 1000)),
                Duration.ofSeconds(maxCrawlDelay), 10L * 1024 * 1024, declared, apiUnsuitable);
        PrintWriter out = spec.commandLine().getOut();
        int[] code = new int[1];
        storage.with(store -> {
            DatasetRegister register = DatasetCommand.register(store);
            if (register.find(name).isPresent()) {
                throw invalid("dataset-exists", "a dataset named '" + org.passerelle.registry.Registry.printable(name)
                        + "' is already registered; choose another with --dataset");
            }
            Collector.Report report;
            try {
                report = new Collector(Collector.client(), Pacer.real(), Clock.systemUTC(), Detector.withDefaults(), settings)
                        .collect(targets, this.out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "interrupted", "collection interrupted");
            }
            summarise(report, out);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(DatasetField.OWNER.key(), responsible);
            fields.put(DatasetField.ORIGIN.key(), "web-collection");
            fields.put(DatasetField.COLLECTION.key(), "passerelle-collect");
            fields.put(DatasetField.PERSONAL_DATA.key(), personalData != null ? personalData
                    : report.personalData().isEmpty() ? "none" : "nominative");
            fields.put(DatasetField.DESCRIPTION.key(), report.saved() + " page(s) from "
                    + report.sites().stream().map(Collector.Site::origin).collect(Collectors.joining(", "))
                    + ", collected on " + LocalDate.now() + " by passerelle collect into " + this.out.toAbsolutePath().normalize());
            Dataset registered = register.register(name, fields, "collect-cli");
            DatasetRules rules = store.config().datasetRules();
            out.println("registered as dataset " + registered.name() + " (origin web-collection)");
            out.print(DatasetCommand.text(rules.check(registered, "training", LocalDate.now()),
                    rules.purposes().get("training").in("en"), "en"));
            code[0] = report.saved() > 0 ? Main.OK : report.allRefused() ? Main.NOT_ALLOWED : Main.FAILURE;
        });
        return code[0];
    }

    private static void summarise(Collector.Report report, PrintWriter out) {
        for (Collector.Site site : report.sites()) {
            out.println(site.origin() + ": robots.txt " + site.robots()
                    + (site.crawlDelayMillis() == null ? "" : ", crawl delay " + site.crawlDelayMillis() / 1000.0 + " s")
                    + (site.api() == null ? "" : ", API " + site.api() + ": use it instead (pages not collected)"));
        }
        for (Collector.Page page : report.pages()) {
            out.println("  " + page.outcome().id() + "  " + page.url()
                    + (page.licenceHints().isEmpty() ? "" : "  licence: " + String.join(" ", page.licenceHints()))
                    + (page.termsHints().isEmpty() ? "" : "  terms: " + String.join(" ", page.termsHints())));
        }
        out.println(report.saved() + " of " + report.pages().size() + " page(s) saved"
                + (report.personalData().isEmpty() ? "" : "; personal data seen: "
                + report.personalData().stream().map(Label::name).collect(Collectors.joining(", "))));
    }

    private static PasserelleException invalid(String code, String message) {
        return new PasserelleException(PasserelleException.Kind.INVALID_INPUT, code, message);
    }
}
