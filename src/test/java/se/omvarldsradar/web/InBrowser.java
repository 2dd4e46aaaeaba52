package se.omvarldsradar.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * Browser tests against the running application: one Chromium per test class, a fresh context per test. What
 * the page does besides (dialogs opened, console messages, page errors) is collected for the test to check.
 */
abstract class InBrowser extends RunningApp {
    static Chromium chromium;
    BrowserContext context;
    Page page;
    final List<String> dialogs = new ArrayList<>();
    final List<String> console = new ArrayList<>();

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
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
        page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
        page.onPageError(e -> console.add("pageerror: " + e));
    }

    @AfterEach
    void closeContext() {
        context.close();
    }
}
