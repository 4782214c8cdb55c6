package com.acme.tavus.bootstrap.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a person does on the demo page, in words the tests read well with. */
final class DemoPageDriver {

    static final String TOKEN = "FOOBAR1";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final WebDriver browser;
    private final String baseUrl;

    DemoPageDriver(WebDriver browser, int port) {
        this(browser, "localhost", port);
    }

    /** The page opened at {@code host}, which need not be the host the service writes into URLs. */
    DemoPageDriver(WebDriver browser, String host, int port) {
        this.browser = browser;
        this.baseUrl = "http://" + host + ":" + port;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /**
     * Opens the page with nothing remembered from earlier tests: session storage is emptied on
     * another page of the same origin (a sandbox call page, which reads no token), before the demo
     * could read a token from it.
     */
    DemoPageDriver open() {
        browser.get(url("/sandbox/calls/cfreshstart0"));
        script("sessionStorage.clear()");
        browser.get(url("/tavus-api-calls/demo/"));
        waitUntil(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
        return this;
    }

    DemoPageDriver useToken(String token) {
        var input = find("#token-input");
        input.clear();
        input.sendKeys(token);
        find("#token-save").click();
        waitUntil(d -> !List.of("", "checking").contains(attribute("#token-status", "data-state")));
        return this;
    }

    DemoPageDriver tab(String name) {
        find("#tab-" + name).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("panel-" + name)));
        return this;
    }

    WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    String attribute(String css, String name) {
        var value = find(css).getDomAttribute(name);
        return value == null ? "" : value;
    }

    String value(String css) {
        return find(css).getDomProperty("value");
    }

    /** Replaces a field's content (fast, for long JSON), as if typed, then lets the page react. */
    void setValue(String css, String value) {
        script("const el = document.querySelector(arguments[0]); el.value = arguments[1];"
                + "el.dispatchEvent(new Event('input', {bubbles: true}));", css, value);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeAsyncScript(script, args);
    }

    <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE).until(condition);
    }

    void waitForAttribute(String css, String name, String value) {
        waitUntil(d -> value.equals(attribute(css, name)));
    }

    void waitForVisible(String css) {
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebDriver browser() {
        return browser;
    }
}
