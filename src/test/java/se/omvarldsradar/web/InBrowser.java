package se.omvarldsradar.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** Browser tests against the running application: one Chromium per test class, a fresh context per test. */
abstract class InBrowser extends RunningApp {
    static Chromium chromium;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void shutDown() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = chromium.browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true)
                .setExtraHTTPHeaders(java.util.Map.of("Authorization", ADMIN_AUTH)));
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }
}
