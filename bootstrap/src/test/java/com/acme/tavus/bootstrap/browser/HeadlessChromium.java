package com.acme.tavus.bootstrap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real headless Chromium for the test class (Debian's {@code chromium} and
 * {@code chromium-driver}, paths overridable with {@code -Dtavus.test.chromium} and
 * {@code -Dtavus.test.chromedriver}), handed to test methods as a {@link WebDriver} parameter.
 *
 * <ul>
 *   <li>Missing browser: under {@code CI=true} the tests fail with what to install (CI must never
 *       skip them); on a developer machine they are skipped with the same message.
 *   <li>Started once per class (about a second), with the flags STACK.md lists for root on
 *       Debian; the profile lives under {@code target/} and is deleted afterwards. No DNS lookups
 *       of outside hosts, and Selenium Manager never runs (the driver path is explicit).
 *   <li>When a test fails, its screenshot, page source and browser console are kept under
 *       {@code target/browser-failures/}.
 * </ul>
 */
public final class HeadlessChromium implements BeforeAllCallback, BeforeEachCallback, ParameterResolver, TestWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(HeadlessChromium.class);

    static final Path FAILURES = Path.of("target", "browser-failures");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HeadlessChromium.class);
    private static final String KEY = "browser";
    private static final Map<WebDriver, StringBuilder> CONSOLES = new ConcurrentHashMap<>();

    /** The browser of one test class; closed by JUnit when the class is done. */
    private record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {
        @Override
        public void close() {
            try {
                CONSOLES.remove(driver);
                driver.quit();
            } finally {
                deleteQuietly(profile);
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        var chromium = Path.of(System.getProperty("tavus.test.chromium", "/usr/bin/chromium"));
        var chromedriver = Path.of(System.getProperty("tavus.test.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            var message = "The browser tests need Chromium and its driver (" + chromium + ", " + chromedriver
                    + "): apt-get install -y --no-install-recommends chromium chromium-driver (.ci/run does this)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        var profile = Files.createDirectories(Path.of("target")).resolve("chromium-profile-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        var options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath(),
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        context.getStore(NAMESPACE).put(KEY, new Browser(driver, profile));
    }

    /** Each test starts on a blank page, with no cookies and with the console read by no one yet. */
    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).ifPresent(browser -> {
            browser.driver().manage().deleteAllCookies();
            browser.driver().get("about:blank");
            forgetConsole(browser.driver()); // earlier tests' messages are not this test's
        });
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context).orElseThrow().driver();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        browser(context).ifPresent(browser -> keepEvidence(context, browser.driver()));
    }

    private static Optional<Browser> browser(ExtensionContext context) {
        var classContext = context.getTestMethod().isPresent() ? context.getParent().orElse(context) : context;
        return Optional.ofNullable(classContext.getStore(NAMESPACE).get(KEY, Browser.class));
    }

    private static void keepEvidence(ExtensionContext context, ChromeDriver driver) {
        var name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getTestMethod().map(Method::getName).orElse("class");
        try {
            Files.createDirectories(FAILURES);
            driver.switchTo().defaultContent();
            Files.write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            Files.writeString(FAILURES.resolve(name + ".console.log"), consoleOf(driver), StandardCharsets.UTF_8);
            LOG.error("Browser test failed: screenshot, page and console kept in {}.*",
                    FAILURES.toAbsolutePath().resolve(name));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not keep the evidence of {}", name, e);
        }
    }

    /**
     * Everything the pages wrote to the browser console during the current test. (The driver hands
     * each message out once, so what was read is kept here for the failure evidence.)
     */
    public static String consoleOf(WebDriver driver) {
        var seen = CONSOLES.computeIfAbsent(driver, d -> new StringBuilder());
        synchronized (seen) {
            driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .map(LogEntry::toString)
                    .forEach(line -> seen.append(line).append('\n'));
            return seen.toString();
        }
    }

    private static void forgetConsole(WebDriver driver) {
        consoleOf(driver);
        CONSOLES.remove(driver);
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Chromium may still hold a lock file for a moment; target/ is cleaned by the build anyway.
        }
    }
}
