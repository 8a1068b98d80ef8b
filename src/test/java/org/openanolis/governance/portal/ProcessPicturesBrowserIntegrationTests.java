package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.GovernanceTest;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "How decisions are made" page draws every deployed process with bpmn-js under the portal's
 * Content-Security-Policy. Each drawing is saved as target/process-pictures/<key>.png: the README's pictures
 * are these files, copied to docs/processes/.
 */
@GovernanceTest
class ProcessPicturesBrowserIntegrationTests {

    private static final List<String> PROCESSES = List.of("sigCreation", "projectOnboarding", "partnerApproval",
            "committeeVote", "partnerCertificate", "partnerRevocation", "committeeMemberRemoval", "committeeAppointment",
            "sigLeadershipChange", "sigRetirement", "sigHealth", "sigAnnualReports", "sigAnnualReport",
            "projectStageChange", "projectArchiving",
            "projectSandboxReview", "projectSandboxReviews", "committeeElection");

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, "processes");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void everyProcessIsDrawnFromItsDeployedBpmn() throws IOException {
        // Tall enough that each drawing fits the window whole, so its screenshot is not cut.
        browser.resize(new org.openqa.selenium.Dimension(2000, 2400)).open("/processes");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".diagram.drawn, .diagram.failed")).size() == PROCESSES.size());

        Path pictures = Files.createDirectories(Path.of("target", "process-pictures"));
        for (String key : PROCESSES) {
            WebElement diagram = browser.find(By.cssSelector("#" + key + " .diagram"));
            assertThat(diagram.getDomAttribute("class")).as(key).contains("drawn");
            assertThat(diagram.findElements(By.cssSelector("g.djs-element"))).as(key).hasSizeGreaterThan(5);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", diagram);
            Files.write(pictures.resolve(key + ".png"), diagram.getScreenshotAs(OutputType.BYTES));
        }
        browser.screenshot("processes");
        assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("SEVERE"));
    }

    @Test
    void anUnknownProcessIsNotFound() {
        browser.open("/processes/noSuchProcess.bpmn");

        assertThat(browser.text()).contains("Not found");
    }
}
