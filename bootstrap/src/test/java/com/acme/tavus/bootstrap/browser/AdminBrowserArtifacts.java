package com.acme.tavus.bootstrap.browser;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the evidence of a failed browser test: right after the test method fails (before any
 * clean-up), a screenshot and the page source go to {@code target/browser-artifacts/}, named after
 * the test. Register it with {@code @RegisterExtension}, giving it the class's browser.
 */
public final class AdminBrowserArtifacts implements AfterTestExecutionCallback {

    private final Supplier<AdminBrowser> browser;

    public AdminBrowserArtifacts(Supplier<AdminBrowser> browser) {
        this.browser = browser;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        var current = browser.get();
        if (context.getExecutionException().isPresent() && current != null) {
            current.saveArtifacts(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }
}
