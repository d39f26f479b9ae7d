package org.passerelle.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.auth.IssuedKey;
import org.passerelle.auth.Role;
import org.passerelle.config.ConfigLoader;
import org.passerelle.registry.Registry;
import org.passerelle.testing.FakeUpstream;
import org.passerelle.testing.Http;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver, as .ci/run installs
 * them) against the real gateway and fake model servers over loopback. Each test leaves a
 * screenshot under {@code target/screenshots}.
 */
class WebPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String LETTER = "Patient : M. Gérard LEBRETON, né le 02/11/1949, NIR 1 49 11 75 123 456 90, "
            + "hospitalisé pour syndrome coronarien aigu.";
    private static final String XSS = "Voici <img src=x onerror=window.pwned=1> et <script>window.pwned=2</script> **fin**";

    private static Path data;
    private static FakeUpstream local;
    private static FakeUpstream cloud;
    private static FakeUpstream hostile;
    private static Gateway gateway;
    private static String admin;
    private static String alice;
    private static IssuedKey bobKey;
    private static String untrained;
    private static int audited;
    private WebDriver browser;
    private WebDriverWait wait;
    private String screenshot;

    @BeforeAll
    static void startGateway() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs Debian's chromium and chromium-driver): "
                        + "browser tests skipped");
        data = Files.createTempDirectory("passerelle-web");
        local = new FakeUpstream("Voici le **résumé** demandé :\n\n```python\nprint(42)\n```");
        cloud = new FakeUpstream("Here is the answer.");
        hostile = new FakeUpstream(XSS);
        gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {allow-external: true, tasks: {summary: {min-tier: 1}}}
                providers:
                  - {id: laptop, type: openai, base-url: '%s', hosting: local}
                  - {id: bigcloud, type: openai, base-url: '%s', hosting: external}
                  - {id: odd, type: openai, base-url: '%s', hosting: internal}
                models:
                  - {id: tiny-local, provider: laptop, parameters: 1.2, capabilities: [chat, summary]}
                  - {id: huge-external, provider: bigcloud, parameters: 400, capabilities: [chat, summary]}
                  - {id: odd-internal, provider: odd, parameters: 8, capabilities: [chat]}
                """.formatted(data.toString().replace('\\', '/'), local.baseUrl(), cloud.baseUrl(),
                hostile.baseUrl()), data), 0, Clock.systemUTC(), "test");
        admin = gateway.keys().issue(gateway.keys().createUser("root", Role.ADMIN), "personal").secret();
        alice = gateway.keys().issue(gateway.keys().createUser("alice", Role.USER), "personal").secret();
        bobKey = gateway.keys().issue(gateway.keys().createUser("bob", Role.USER), "personal");
        untrained = gateway.keys().issue(gateway.keys().createUser("carole", Role.USER), "personal").secret();
        Registry registry = new Registry(gateway.database().jdbi(), Clock.systemUTC());
        for (String user : List.of("root", "alice", "bob")) {
            registry.attest(user, "Découvrir les IA génératives", null, null, true, "test", 365);
        }
        registry.setModelNotes("huge-external", "Entraîné surtout sur des textes anglophones.",
                "Trained mostly on English text.", "test");
    }

    @AfterAll
    static void stopGateway() throws IOException {
        if (gateway != null) {
            gateway.close();
            local.close();
            cloud.close();
            hostile.close();
            // What was typed in the page (a patient's name) and what the model answered are nowhere on the server's disk.
            try (var files = Files.walk(data)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String content = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertThat(content).as(file.toString()).doesNotContain("LEBRETON", "pwned", "print(42)");
                }
            }
        }
    }

    @BeforeEach
    void openBrowser(TestInfo test) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1100",
                "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        screenshot = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            snap(screenshot);
            browser.quit();
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
    private void snap(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private void signIn(String key) {
        browser.get("http://127.0.0.1:" + gateway.port() + "/");
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("api-key")));
        input.sendKeys(key);
        browser.findElement(By.id("signin")).click();
    }

    private void openChat(String key) {
        signIn(key);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompt")));
    }

    private WebElement lastAnswer() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".message.assistant:last-child .provenance")))
                .findElement(By.xpath(".."));
    }

    private void send(String model, String text) {
        new Select(browser.findElement(By.id("model"))).selectByValue(model);
        browser.findElement(By.id("prompt")).sendKeys(text);
        browser.findElement(By.id("send")).click();
    }

    @Test
    void sensitive_data_is_highlighted_while_typing_and_the_answer_streams_in_with_its_footprint() throws Exception {
        openChat(alice);
        int external = cloud.received().size();
        int home = local.received().size();
        browser.findElement(By.id("prompt")).sendKeys(LETTER);

        wait.until(driver -> driver.findElements(By.cssSelector("#highlights mark[data-label='NIR']")).size() == 1
                && !driver.findElements(By.cssSelector("#highlights mark[data-label='LAST_NAME']")).isEmpty());
        List<String> marked = browser.findElements(By.cssSelector("#highlights mark")).stream()
                .map(mark -> mark.getAttribute("textContent")).toList();
        assertThat(marked).contains("LEBRETON", "1 49 11 75 123 456 90");
        String banner = browser.findElement(By.id("scan-banner")).getText();
        assertThat(banner).contains("NIR ×1").contains("LAST_NAME").contains("tiny-local").doesNotContain("huge-external");
        assertThat(local.received()).hasSize(home); // nothing is sent before the user presses send
        snap(screenshot + "_typing");

        new Select(browser.findElement(By.id("model"))).selectByValue("tiny-local");
        browser.findElement(By.id("send")).click();
        WebElement answer = lastAnswer();

        assertThat(answer.findElement(By.cssSelector(".answer strong")).getText()).isEqualTo("résumé");
        assertThat(answer.findElement(By.cssSelector(".answer pre code")).getText()).contains("print(42)");
        assertThat(answer.findElement(By.cssSelector(".served-model")).getText()).isEqualTo("tiny-local");
        assertThat(answer.findElement(By.cssSelector(".provenance .badge")).getText()).isEqualTo("local");
        assertThat(answer.findElement(By.cssSelector(".footprint")).getText()).contains("Wh").contains("gCO2eq").contains("mL");
        assertThat(browser.findElement(By.id("conversation-total")).getText()).contains("Wh");
        assertThat(local.received()).hasSize(home + 1);
        assertThat(cloud.received()).hasSize(external);
        String stored = (String) ((JavascriptExecutor) browser).executeScript("return localStorage.getItem('passerelle.conversations')");
        assertThat(stored).contains("LEBRETON"); // kept in the browser...
        audited++;
    }

    @Test
    void a_large_model_for_a_small_task_gets_a_suggestion_and_the_usage_page_charts_it() throws Exception {
        openChat(alice);
        send("huge-external", "Résume ce paragraphe : la recherche avance pas à pas.");

        assertThat(browser.findElement(By.id("model-limits")).getText())
                .contains("huge-external", "Entraîné surtout sur des textes anglophones.");
        WebElement answer = lastAnswer();
        assertThat(answer.findElement(By.cssSelector(".served-model")).getText()).isEqualTo("huge-external");
        assertThat(answer.findElement(By.cssSelector(".provenance .badge")).getText()).isEqualTo("external");
        assertThat(answer.findElement(By.cssSelector(".notice.suggestion")).getText()).contains("tiny-local").contains("Wh");
        audited++;
        gateway.awaitAudited(audited);

        browser.findElement(By.cssSelector("nav a[href='#usage']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-compare")));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return !!(window.Chart && Chart.getChart(document.getElementById('chart-days')))"));
        Long bars = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.getElementById('chart-compare')).data.datasets[0].data.length");
        assertThat(bars).isEqualTo(5L); // mine and the source document's four large models
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("huge-external");
    }

    @Test
    void the_page_switches_to_english_and_back() {
        openChat(alice);
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(browser.findElement(By.cssSelector("nav a[href='#usage']")).getText()).isEqualTo("Mon usage");

        browser.findElement(By.id("lang")).click();

        wait.until(ExpectedConditions.textToBe(By.cssSelector("nav a[href='#usage']"), "My usage"));
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
        wait.until(ExpectedConditions.textToBe(By.id("send"), "Send"));
        browser.findElement(By.id("lang")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("nav a[href='#usage']"), "Mon usage"));
    }

    @Test
    void an_untrained_user_lands_on_the_training_page_and_records_an_attestation() {
        signIn(untrained);

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("training-submit")));
        assertThat(browser.getCurrentUrl()).endsWith("#training");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Niveau débutant", "Découvrir les IA génératives",
                "La note éthique en sept principes");
        browser.findElement(By.id("training-ack")).click();
        browser.findElement(By.id("training-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.ok")));
        assertThat(browser.findElement(By.cssSelector("p.ok")).getText()).contains("valide jusqu");
    }

    @Test
    void an_admin_revokes_a_key_and_it_stops_working() {
        signIn(admin);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompt")));
        browser.findElement(By.id("nav-admin")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-keys"))).click();

        By revoke = By.cssSelector("button[data-key='" + bobKey.keyId() + "']");
        wait.until(ExpectedConditions.elementToBeClickable(revoke)).click();
        wait.until(ExpectedConditions.textToBe(revoke, "Confirmer la révocation"));
        browser.findElement(revoke).click();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(revoke));
        assertThat(browser.findElement(By.id("admin-panel")).getText()).contains("révoquée");
        assertThat(new Http(gateway.port()).get("/api/me", bobKey.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void markup_in_an_answer_is_shown_as_text_never_run() {
        openChat(alice);
        send("odd-internal", "Bonjour");

        WebElement answer = lastAnswer();
        WebElement rendered = answer.findElement(By.cssSelector(".answer"));
        assertThat(rendered.getText()).contains("<img src=x onerror=window.pwned=1>").contains("<script>");
        assertThat(rendered.findElements(By.tagName("img"))).isEmpty();
        assertThat(rendered.findElements(By.tagName("script"))).isEmpty();
        assertThat(rendered.findElement(By.tagName("strong")).getText()).isEqualTo("fin");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        audited++;
    }

    @Test
    void an_attached_file_is_extracted_scanned_and_highlighted_before_anything_is_sent() throws Exception {
        openChat(alice);
        int sent = local.received().size() + cloud.received().size() + hostile.received().size();
        Path file = Files.createTempFile("compte-rendu", ".txt"); // the user's file, not the server's
        Files.writeString(file, LETTER);

        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());

        wait.until(driver -> driver.findElement(By.id("prompt")).getAttribute("value").contains("LEBRETON"));
        wait.until(driver -> !driver.findElements(By.cssSelector("#highlights mark[data-label='NIR']")).isEmpty());
        assertThat(browser.findElement(By.id("scan-banner")).getText()).contains("NIR");
        assertThat(local.received().size() + cloud.received().size() + hostile.received().size()).isEqualTo(sent);
    }

    @Test
    void conversations_stay_in_the_browser_until_deleted() {
        openChat(alice);
        send("tiny-local", "Bonjour");
        lastAnswer();
        audited++;
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat((String) js.executeScript("return localStorage.getItem('passerelle.conversations')")).contains("Bonjour");
        assertThat(browser.findElement(By.tagName("aside")).getText()).contains("restent dans ce navigateur");

        browser.findElement(By.id("delete-all")).click();

        assertThat((String) js.executeScript("return localStorage.getItem('passerelle.conversations')")).doesNotContain("Bonjour");
        assertThat(browser.findElements(By.cssSelector(".message"))).isEmpty();
    }

    @Test
    void every_administration_tab_loads_for_an_administrator() throws Exception {
        signIn(admin);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompt")));
        browser.findElement(By.id("nav-admin")).click();
        for (String tab : List.of("users", "keys", "processings", "attestations", "quotas", "providers", "audit", "footprint")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-" + tab))).click();
            wait.until(ExpectedConditions.attributeToBe(By.id("tab-" + tab), "aria-selected", "true"));
            wait.until(driver -> !driver.findElements(By.cssSelector("#admin-panel table")).isEmpty());
            assertThat(browser.findElements(By.cssSelector("main .error"))).as(tab).isEmpty();
            assertThat(browser.findElement(By.id("admin-panel")).getText()).as(tab).doesNotContain("LEBRETON", "Bonjour");
            snap("admin_" + tab);
        }
    }

    @Test
    void every_form_control_has_a_label_and_the_page_has_landmarks() {
        openChat(alice);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String unlabelled = """
                return [...document.querySelectorAll('input, select, textarea')]
                  .filter(c => c.type !== 'hidden' && !c.getAttribute('aria-label')
                    && !(c.id && document.querySelector('label[for="' + c.id + '"]')))
                  .map(c => c.id || c.name || c.outerHTML).join(',');""";
        assertThat((String) js.executeScript(unlabelled)).isEmpty();
        browser.findElement(By.cssSelector("nav a[href='#training']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
        assertThat((String) js.executeScript(unlabelled)).isEmpty();
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("nav[aria-label]"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("a.skip")).getAttribute("href")).endsWith("#main");
    }

    @Test
    void a_researcher_registers_a_dataset_sees_what_is_missing_and_completes_it() throws IOException {
        openChat(alice);
        browser.findElement(By.cssSelector("nav a[href='#datasets']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ds-name"))).sendKeys("notes-cardio-2025");
        browser.findElement(By.id("ds-owner")).sendKeys("Dr Alice Martin");
        new Select(browser.findElement(By.id("ds-origin"))).selectByValue("internal");
        new Select(browser.findElement(By.id("ds-personal-data"))).selectByValue("pseudonymised");
        browser.findElement(By.id("ds-health-data")).click();
        browser.findElement(By.id("dataset-save")).click();

        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dataset-verdict .notice")));
        assertThat(verdict.getText()).contains("notes-cardio-2025 ne peut pas servir à", "base légale du RGPD (article 6)",
                "article 9", "dpo@inserm.fr");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        snap("datasets-verdict");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-edit='notes-cardio-2025']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ds-legal-basis")));
        new Select(browser.findElement(By.id("ds-legal-basis"))).selectByValue("public-interest");
        new Select(browser.findElement(By.id("ds-article-9"))).selectByValue("research");
        browser.findElement(By.id("ds-framework")).sendKeys("MR-004");
        browser.findElement(By.id("dataset-save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dataset-verdict"), "tant que"));
        String remaining = browser.findElement(By.id("dataset-verdict")).getText();
        assertThat(remaining).doesNotContain("article 9 du RGPD").contains("AIPD").contains("conservation");
        assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("notes-cardio-2025", "pseudonymised");
    }

    @Test
    void a_researcher_writes_the_use_of_ai_statement_from_the_page() {
        openChat(alice);
        browser.findElement(By.cssSelector("nav a[href='#statement']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("statement-submit"))).click();

        WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-preview")));
        assertThat(preview.getText()).contains("Utilisation de systèmes d'intelligence artificielle (SIA)",
                "Passerelle", "[à compléter par les auteurs");
    }

    @Test
    void the_page_is_served_with_security_headers_and_no_inline_script() {
        var response = new Http(gateway.port()).get("/", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.body()).doesNotContain("<script>").contains("/assets/vendor/purify.min.js");
        assertThat(new Http(gateway.port()).get("/assets/../pom.xml", null).statusCode()).isEqualTo(404);
    }
}
