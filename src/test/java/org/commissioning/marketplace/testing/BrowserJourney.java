package org.commissioning.marketplace.testing;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URL;

/**
 * Base of the browser tests: a fresh headless Chromium per test against the deployed marketplace.
 * Subclasses declare their own {@code @Deployment} (the built WAR).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class BrowserJourney {

    @ArquillianResource
    protected URL url;

    protected Browser browser;

    /** On a failure, the page as it was (target/screenshots/failed-TEST.png and .html), before the browser closes. */
    @RegisterExtension
    final AfterTestExecutionCallback keepFailedPage = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            browser.keepFailedPage("failed-" + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeEach
    void openBrowser() {
        browser = new Browser(Deployments.local(url));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
