package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.GovernanceTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shared pages in Chromium: they fit a phone and a desktop, work from the keyboard, and break no CSP rule. */
@GovernanceTest
class PortalBrowserIntegrationTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser(TestInfo test) {
        browser = new Browser(port, "portal-" + test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theHomeAndSignInPagesFitAPhoneAndADesktop() {
        for (var size : new org.openqa.selenium.Dimension[] {Browser.PHONE, Browser.DESKTOP}) {
            browser.resize(size).open("/");
            assertThat(browser.scrollsSideways()).as("home at %s", size).isFalse();
            browser.screenshot("home-" + size.width);
            browser.open("/sign-in");
            assertThat(browser.scrollsSideways()).as("sign-in at %s", size).isFalse();
            browser.screenshot("sign-in-" + size.width);
        }
        assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy"));
    }

    @Test
    void aPersonSignsInWithTheKeyboardAlone() {
        browser.open("/sign-in");
        // Chromium applies autofocus in a task of its own after the load, so the focus may land a moment later.
        try {
            browser.waitUntil(d -> "username".equals(d.switchTo().activeElement().getDomAttribute("id")));
        } catch (org.openqa.selenium.TimeoutException notFocused) {
            // The assertion below says what has the focus instead.
        }
        var active = browser.driver().switchTo().activeElement();
        assertThat(active.getDomAttribute("id")).as("the user field has the focus").isEqualTo("username");
        active.sendKeys("carol", Keys.TAB, "demo", Keys.ENTER);

        browser.waitUntil(d -> d.findElements(By.className("who")).size() == 1);
        assertThat(browser.text()).contains("Signed in as Carol Wang (carol)");
        browser.screenshot("signed-in");
    }

    @Test
    void theFirstTabReachesTheSkipLink() {
        browser.open("/");
        browser.find(By.tagName("body")).sendKeys(Keys.TAB);

        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to the content");
    }
}
