package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.people.People;
import org.openanolis.governance.support.Browser;
import org.openanolis.governance.support.CommunityProvider;
import org.openanolis.governance.support.Mailbox;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.internet.MimeMessage;

/**
 * Issue 18's "done when", tried as a new user would in Chromium set to Chinese: signing in through the community's
 * provider lands on a Chinese portal; a SIG proposal's form errors and its mails are in Chinese; a colleague who
 * chose English gets the same case's mail in English, and reads its page in English. Pages are saved under
 * target/screenshots/chinese-reader/ and target/screenshots/english-reader/ (the README shows two of them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ChineseReaderBrowserIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        CommunityProvider.configure(properties);
    }

    @LocalServerPort
    int port;
    @Autowired
    People people;

    @Test
    void aChineseReaderProposesInChineseAndAnEnglishColleagueReadsTheSameCaseInEnglish() throws Exception {
        people.chooseLanguage("olivia", "en");
        String mei = "mei-" + UUID.randomUUID().toString().substring(0, 6);
        String name = "sig-i18n-" + UUID.randomUUID().toString().substring(0, 8);
        String casePath;
        try (Browser browser = new Browser(port, "chinese-reader", "zh-CN")) {
            CommunityProvider.nextSignIn(mei, Map.of("name", "李梅", "email", mei + "@example.org",
                    "organization", "Acme Cloud"));
            browser.resize(Browser.DESKTOP).open("/sign-in").screenshot("sign-in");
            browser.follow("使用社区账号登录");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
            assertThat(browser.text()).contains("社区", "特别兴趣小组", "当前登录：", "李梅 (" + mei + ")");
            browser.screenshot("home");

            browser.follow("提议成立 SIG").fill("简称", "SIG").press("提交提案");
            assertThat(browser.text()).contains("请更正下面标出的内容", "简称：长度必须在 6 到 40 个字符之间",
                    "使命：为必填项").doesNotContain("is required");
            browser.screenshot("form-errors");

            browser.fill("简称", name)
                    .fill("显示名称", "国际化 " + name.substring(9))
                    .fill("使命", "让每位贡献者用自己的语言参与社区治理。")
                    .fill("范围之内", "门户与邮件的中英文版本。")
                    .fill("主席，每行一个用户 ID", "quinn\nrita")
                    .fill("安全联系人", "quinn")
                    .select("例会频率", "每月一次")
                    .press("提交提案");
            assertThat(browser.path()).startsWith("/sig-proposals/");
            casePath = browser.path();
            assertThat(browser.text()).contains("时间线", "李梅 (" + mei + ")");
            browser.screenshot("proposed");
        }
        assertThat(people.find(mei).orElseThrow().language()).as("the language of the first sign-in is kept")
                .isEqualTo("zh-CN");

        MimeMessage receipt = only(Mailbox.awaitRecipients(greenMail, name, "提案已收到", 1), name, "提案已收到");
        assertThat(Mailbox.to(receipt)).containsExactly(mei + "@example.org");
        assertThat(Mailbox.part(receipt, "text/plain")).contains("你的提案").doesNotContain("Your proposal");
        MimeMessage triage = only(Mailbox.awaitRecipients(greenMail, name, "Triage requested", 1), name,
                "Triage requested");
        assertThat(Mailbox.to(triage)).containsExactly("olivia@example.org");
        assertThat(Mailbox.part(triage, "text/plain")).doesNotContainPattern("\\p{IsHan}");

        try (Browser browser = new Browser(port, "english-reader", "en-US")) {
            browser.resize(Browser.DESKTOP).signIn("olivia").open(casePath);
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            assertThat(browser.text()).contains("Timeline", "李梅 (" + mei + ")");
            browser.screenshot("case-in-english");
        }
    }

    private MimeMessage only(Map<String, Long> recipients, String caseName, String phrase) {
        assertThat(recipients.values()).containsExactly(1L);
        List<MimeMessage> found = Mailbox.about(greenMail, caseName).stream()
                .filter(m -> Mailbox.subject(m).contains(phrase)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
