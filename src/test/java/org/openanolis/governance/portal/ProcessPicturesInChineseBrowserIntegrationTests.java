package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * bpmn-js draws the processes with the names a Chinese reader's BPMN carries, the XML rewritten for them being as
 * drawable as the model itself. The drawing of SIG creation is saved as target/process-pictures/sigCreation-zh-CN.png.
 */
@GovernanceTest
class ProcessPicturesInChineseBrowserIntegrationTests {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port, "processes-zh-CN", "zh-CN");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aChineseReaderSeesTheStepsOfEveryProcessNamedInChinese() throws IOException {
        browser.resize(new org.openqa.selenium.Dimension(2000, 2400)).open("/processes");
        browser.waitUntil(d -> d.findElements(By.cssSelector(".diagram")).stream()
                .allMatch(e -> e.getDomAttribute("class").matches(".*\\b(drawn|failed)\\b.*")));

        assertThat(browser.driver().findElements(By.cssSelector(".diagram.failed"))).isEmpty();
        WebElement sigCreation = browser.find(By.cssSelector("#sigCreation .diagram"));
        // bpmn-js breaks a label into lines where it likes; the words are compared without them.
        String labels = String.join("|", sigCreation.findElements(By.cssSelector("g.djs-element text")).stream()
                .map(label -> label.getText().replaceAll("\\s+", "")).toList());
        assertThat(labels).contains("初审提案", "SIG已提议", "委员会投票").doesNotContain("Triage", "proposed");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                sigCreation);
        Path pictures = Files.createDirectories(Path.of("target", "process-pictures"));
        Files.write(pictures.resolve("sigCreation-zh-CN.png"), sigCreation.getScreenshotAs(OutputType.BYTES));
        assertThat(browser.console()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("SEVERE"));
    }
}
