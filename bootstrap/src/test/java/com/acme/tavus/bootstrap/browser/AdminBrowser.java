package com.acme.tavus.bootstrap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real headless Chromium for the admin site's browser tests: Debian's {@code chromium} and
 * {@code chromium-driver} at fixed paths (installed by {@code .ci/run}), so Selenium Manager never
 * runs; a throw-away profile under {@code target/}; every host but localhost unresolvable, so the
 * browser makes no outside requests. {@link #saveArtifacts} keeps a screenshot and the page source
 * of a failed test under {@code target/browser-artifacts/}.
 */
public final class AdminBrowser implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBrowser.class);

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path ARTIFACTS = Path.of("target", "browser-artifacts");
    /** Generous: a page of the admin loads in milliseconds; this only bounds a hang. */
    static final Duration WAIT = Duration.ofSeconds(15);

    private final Path profile;
    private final ChromeDriver driver;
    private final String baseUrl;

    private AdminBrowser(String baseUrl) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "); .ci/run installs them: "
                    + "apt-get install -y --no-install-recommends chromium chromium-driver");
        }
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createDirectories(Path.of("target", "chromium-profiles")).resolve(UUID.randomUUID().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    }

    /** Starts a browser for the application at {@code baseUrl} ({@code http://localhost:<port>}). */
    public static AdminBrowser open(String baseUrl) {
        return new AdminBrowser(baseUrl);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application. */
    public AdminBrowser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        var url = driver.getCurrentUrl();
        return url == null ? "" : url.substring(baseUrl.length());
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public String text(String css) {
        return find(css).getText();
    }

    /** Clears a text input and types {@code value}. */
    public AdminBrowser type(String css, String value) {
        // Chromium may still swap the document just after a load (it answered "node does not belong to
        // the document" once): find the field again and retry until the wait runs out.
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(page -> {
            var input = find(css);
            input.clear();
            input.sendKeys(value);
            return true;
        });
        return this;
    }

    /** Clicks something that does not leave the page (a check box). */
    public AdminBrowser click(String css) {
        find(css).click();
        return this;
    }

    /** Clicks a button or link that loads another page, and waits until that page has loaded. */
    public AdminBrowser submit(String css) {
        return navigate(find(css));
    }

    /** Follows the link with this text, waiting for the next page. */
    public AdminBrowser follow(String linkText) {
        return navigate(driver.findElement(By.linkText(linkText)));
    }

    /** Clicks {@code element} and waits until the page it was on is gone and the next one has loaded. */
    public AdminBrowser navigate(WebElement element) {
        var current = driver.findElement(By.tagName("html"));
        element.click();
        var wait = new WebDriverWait(driver, WAIT);
        wait.until(page -> isGone(current));
        wait.until(page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState")));
        return this;
    }

    /**
     * Whether {@code element} left the document. Chromium reports a replaced document's node either as
     * stale or, right after the swap, as a node that "does not belong to the document"; both mean gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Signs in through the login page and lands on the index. */
    public AdminBrowser logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        go("/admin/login");
        type("#id_username", username).type("#id_password", password).submit("#login-form input[type=submit]");
        return this;
    }

    /** Writes {@code <name>.png} and {@code <name>.html} of the current page under target/browser-artifacts. */
    public void saveArtifacts(String name) {
        try {
            Files.createDirectories(ARTIFACTS);
            var screenshot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(screenshot.toPath(), ARTIFACTS.resolve(name + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(ARTIFACTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save browser artifacts for {}", name, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile.toFile());
        }
    }

    private static void deleteRecursively(File directory) {
        try (var paths = Files.walk(directory.toPath())) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A profile left behind in target/ is harmless; the next clean removes it.
        }
    }
}
