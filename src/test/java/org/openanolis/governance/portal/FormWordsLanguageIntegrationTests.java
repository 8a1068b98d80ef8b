package org.openanolis.governance.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.PortalForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The words the code used to write in English around the forms (the partner form's heading, buttons, choices and
 * problems, the withdrawal page's heading and case type) follow the reader's browser; in English they read as they
 * always did. The readers have no language in their profile, so only the browser decides.
 */
@GovernanceTest
class FormWordsLanguageIntegrationTests extends ApiScenario {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    private Portal portal;

    @AfterEach
    void closePortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void thePartnerFormAndItsProblemsReadInTheBrowsersLanguage() {
        String reader = DemoPasswords.person(identityService, "forms-lang-" + Long.toString(System.nanoTime(), 36));

        HtmlPage chinese = pageAs(reader, "zh-CN", "/partner-applications/new");
        assertThat(chinese.getWebResponse().getContentAsString()).doesNotContain("??");
        assertThat(chinese.getTitleText()).contains("申请成为合作伙伴");
        assertThat(chinese.querySelector("h1").asNormalizedText()).isEqualTo("申请成为合作伙伴");
        assertThat(options(chinese, "type")).containsExactly("请选择你的产品类型", "IHV：硬件",
                "OSV：基于 OpenAnolis 构建的操作系统", "ISV：软件");
        assertThat(options(chinese, "products-0-arch")).startsWith("请选择");
        assertThat(chinese.querySelector(".actions button.primary").asNormalizedText()).isEqualTo("提交申请");
        HtmlPage refusedInChinese = submitWithoutArchitecture(chinese);
        assertThat(refusedInChinese.getWebResponse().getContentAsString()).doesNotContain("??");
        assertThat(errorOf(refusedInChinese, "company")).startsWith("公司：").containsPattern(HAN);
        assertThat(errorOf(refusedInChinese, "products-0-arch")).startsWith("产品 1 的架构：").containsPattern(HAN);
        portal.close();

        HtmlPage english = pageAs(reader, "en", "/partner-applications/new");
        assertThat(english.getTitleText()).isEqualTo("Apply as a partner · SIG Governance");
        assertThat(english.querySelector("main").asNormalizedText()).doesNotContainPattern(HAN);
        assertThat(english.querySelector("h1").asNormalizedText()).isEqualTo("Apply as a partner");
        assertThat(options(english, "type")).containsExactly("Choose what you make", "IHV: hardware",
                "OSV: an operating system built on OpenAnolis", "ISV: software");
        assertThat(options(english, "products-0-arch")).startsWith("Choose");
        assertThat(english.querySelector(".actions button.primary").asNormalizedText())
                .isEqualTo("Submit the application");
        HtmlPage refusedInEnglish = submitWithoutArchitecture(english);
        assertThat(errorOf(refusedInEnglish, "company")).isEqualTo("Company: is required");
        assertThat(errorOf(refusedInEnglish, "products-0-arch")).isEqualTo("Product 1, architecture: is required");
    }

    @Test
    void theWithdrawalPageNamesTheCaseTypeInTheBrowsersLanguage() {
        String applicant = DemoPasswords.person(identityService, "forms-lang-w-" + Long.toString(System.nanoTime(), 36));
        String company = "Forms Lang " + System.nanoTime();
        String application = applicationBy(applicant, company);
        String proposal = submit(applicant, proposal(uniqueName("forms-lang")));

        HtmlPage chinese = pageAs(applicant, "zh-CN", "/partner-applications/" + application + "/withdrawal");
        assertThat(chinese.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(chinese.getWebResponse().getContentAsString()).doesNotContain("??");
        assertThat(chinese.getTitleText()).startsWith("撤回申请 " + company);
        assertThat(chinese.querySelector("h1").asNormalizedText()).isEqualTo("撤回申请 " + company);
        assertThat(chinese.querySelector("main p").asNormalizedText()).startsWith("你即将撤回 合作伙伴申请 " + company);
        HtmlPage chineseProposal = portal.open("/sig-proposals/" + proposal + "/withdrawal");
        assertThat(chineseProposal.querySelector("h1").asNormalizedText()).startsWith("撤回提案 ");
        assertThat(chineseProposal.querySelector("main p").asNormalizedText()).startsWith("你即将撤回 SIG 提案 ");
        portal.close();

        HtmlPage english = pageAs(applicant, "en", "/partner-applications/" + application + "/withdrawal");
        assertThat(english.getTitleText()).isEqualTo("Withdraw the application " + company + " · SIG Governance");
        assertThat(english.querySelector("main").asNormalizedText()).doesNotContainPattern(HAN)
                .contains("You are about to withdraw the partner application " + company + ", now ELIGIBILITY.");
        HtmlPage englishProposal = portal.open("/sig-proposals/" + proposal + "/withdrawal");
        assertThat(englishProposal.querySelector("h1").asNormalizedText()).startsWith("Withdraw the proposal ");
        assertThat(englishProposal.querySelector("main p").asNormalizedText())
                .startsWith("You are about to withdraw the SIG proposal ");
    }

    /** An application with the company and a product missing its architecture: both are refused. */
    private HtmlPage submitWithoutArchitecture(HtmlPage page) {
        fill(page, "products-0-name", "Board Z");
        fill(page, "products-0-version", "1.0");
        fill(page, "products-0-baseRelease", "anolis-23.2");
        fill(page, "products-0-passed", "10");
        fill(page, "products-0-failed", "0");
        fill(page, "products-0-pending", "0");
        HtmlPage refused = portal.submit(PortalForms.form(page, "/partner-applications"));
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        return refused;
    }

    private static List<String> options(HtmlPage page, String select) {
        return ((HtmlSelect) page.getElementById(select)).getOptions().stream().map(o -> o.asNormalizedText()).toList();
    }

    private String applicationBy(String applicant, String company) {
        Api.Answer created = api.as(applicant).post("/api/partner-applications", Map.of(
                "company", company, "registrationId", "REG-1", "country", "Japan", "website", "https://acme.example.org",
                "type", "OSV", "contactName", "Carla Contact", "contactEmail", "carla@acme.example.org",
                "agreementVersion", "1.0", "products", List.of(Map.of("name", "Acme OS", "version", "8",
                        "arch", "aarch64", "baseRelease", "anolis-8.9",
                        "testReport", Map.of("passed", 10, "failed", 0, "pending", 0)))));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.field("id");
    }

    /** A fresh browser that asks for this language signs in and opens the page. */
    private HtmlPage pageAs(String user, String language, String path) {
        portal = Portal.reading(port, language);
        portal.signIn(user);
        return portal.open(path);
    }
}
