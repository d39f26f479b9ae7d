package org.passerelle.api;

import com.nimbusds.jose.JOSEObjectType;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.config.ConfigLoader;
import org.passerelle.registry.Registry;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the web page with an institutional account, in headless Chromium, through a real
 * OpenID provider (mock-oauth2-server): the authorisation code flow with PKCE end to end.
 */
class SingleSignOnPageTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path data;
    private MockOAuth2Server provider;
    private Gateway gateway;
    private WebDriver browser;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them): browser test skipped");
        provider = new MockOAuth2Server();
        provider.start();
        gateway = Gateway.start(ConfigLoader.parse("""
                storage: {url: 'jdbc:h2:file:%s/passerelle'}
                policy: {training: {required: false}}
                oidc: {issuer: '%s', client-id: passerelle, team-claim: team}
                """.formatted(data.toString().replace('\\', '/'), provider.issuerUrl("default")), data), 0, Clock.systemUTC(), "test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=fr-FR");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", "single-sign-on.png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
        if (gateway != null) {
            gateway.close();
            provider.shutdown();
        }
    }

    @Test
    void a_researcher_signs_in_with_the_institutions_account_and_lands_in_the_chat() {
        // What the provider will say of the person who signs in next.
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "7c1e-claire", JOSEObjectType.JWT.getType(),
                List.of("passerelle"), Map.of("preferred_username", "claire.dubois", "team", "U1234"), 3600));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://127.0.0.1:" + gateway.port() + "/");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "claire.dubois"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompt")));
        assertThat(browser.getCurrentUrl()).doesNotContain("login=").doesNotContain("code=");
        assertThat(new Registry(gateway.database().jdbi(), Clock.systemUTC()).users())
                .anySatisfy(user -> assertThat(user.team()).isEqualTo("U1234"));
    }
}
