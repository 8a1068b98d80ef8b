package org.openanolis.governance.election.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.people.People;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.ElectionDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The ranking form in Chromium on a phone-sized window, used from the keyboard only: Tab to each candidate's rank,
 * choose it with the arrow keys or by typing, Tab to the button and press Enter. The voter gets the receipt, no page
 * scrolls sideways and the browser reports no error. Screenshots under target/screenshots/election-ballot/.
 */
@GovernanceTest
class ElectionBallotBrowserIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    ElectionDriver elections;
    @Autowired
    People people;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, "election-ballot");
    }

    @AfterEach
    void closeBrowserAndRestoreTheCommittee() {
        browser.close();
        for (String member : COMMITTEE) {
            people.join(member, Groups.STEERING_COMMITTEE);
        }
        people.join("alice", Groups.COMMITTEE_CHAIR);
        for (String elected : List.of("paul", "quinn")) {
            people.leave(elected, Groups.STEERING_COMMITTEE);
        }
    }

    @Test
    void aVoterRanksTheCandidatesFromTheKeyboardOnAPhone() {
        String id = elections.nominating(uniqueName("Keyboard ballot"), 1);
        elections.candidate(id, "paul", List.of("bob", "carol", "dave"));
        elections.candidate(id, "quinn", List.of("carol", "dave", "erin"));
        elections.openVoting(id);

        browser.resize(Browser.PHONE).signIn("grace").open("/elections/" + id);
        List<WebElement> selects = browser.findAll(By.cssSelector("#ballot select"));
        assertThat(selects).hasSize(2);
        browser.screenshot("ballot");

        tabTo(selects.get(0).getDomAttribute("id"));
        active().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        tabTo(selects.get(1).getDomAttribute("id"));
        active().sendKeys("1");
        assertThat(new Select(selects.get(0)).getFirstSelectedOption().getText()).isEqualTo("2");
        assertThat(new Select(selects.get(1)).getFirstSelectedOption().getText()).isEqualTo("1");
        assertThat(fitsTheWindow()).as("the ranking form fits a phone").isTrue();
        browser.screenshot("ranked");

        WebElement html = browser.find(By.tagName("html"));
        tabTo(browser.find(By.cssSelector("#ballot button[type=submit]")));
        active().sendKeys(Keys.ENTER);
        browser.waitUntil(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        assertThat(browser.path()).isEqualTo("/elections/" + id + "/ballots");
        assertThat(browser.find(By.id("receipt")).getText()).matches("([A-Z2-7]{4}-){6}[A-Z2-7]{2}");
        assertThat(browser.text()).contains("Keep this receipt now");
        assertThat(fitsTheWindow()).as("the receipt fits a phone").isTrue();
        browser.screenshot("receipt");
        assertThat(browser.pagesScrollingSideways()).isEmpty();
        assertThat(console()).as("errors in the browser's console").isEmpty();
    }

    /** Presses Tab until the element with this id has the focus, as a keyboard user moves through the page. */
    private void tabTo(String id) {
        tabTo(browser.find(By.id(id)));
    }

    private void tabTo(WebElement target) {
        for (int presses = 0; presses < 200 && !target.equals(active()); presses++) {
            active().sendKeys(Keys.TAB);
        }
        assertThat(active()).as("reached with Tab").isEqualTo(target);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private boolean fitsTheWindow() {
        return Boolean.TRUE.equals(browser.driver().executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    /**
     * The console's errors since the last call, but for the favicon Chromium asks every site for: the portal has none,
     * whatever the page.
     */
    private List<String> console() {
        return browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico ")).toList();
    }
}
