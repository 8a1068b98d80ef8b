package org.openanolis.governance.partner.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openanolis.governance.support.PortalForms.errorOf;
import static org.openanolis.governance.support.PortalForms.fill;
import static org.openanolis.governance.support.PortalForms.hasError;
import static org.openanolis.governance.support.PortalForms.value;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.PortalForms;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/** An applicant applies as a partner, adds products, revises and withdraws in the portal's forms, without scripts. */
@GovernanceTest
class PartnerApplicationFormsIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final AtomicInteger COMPANIES = new AtomicInteger();

    @LocalServerPort
    int port;

    Portal portal;

    @BeforeEach
    void openPortal() {
        portal = new Portal(port);
    }

    @AfterEach
    void closePortal() {
        portal.close();
    }

    private static String company(String stem) {
        return "Form " + stem + " " + COMPANIES.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    private HtmlPage applyAs(String user) {
        portal.signIn(user);
        HtmlPage page = portal.open("/partner-applications/new");
        assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
        return page;
    }

    private static void fillValid(HtmlPage page, String company) {
        fill(page, "company", company);
        fill(page, "registrationId", "REG-42");
        fill(page, "country", "Germany");
        fill(page, "website", "https://vendor.example.org");
        fill(page, "type", "IHV");
        fill(page, "contactName", "Vera Vendor");
        fill(page, "contactEmail", "vera@vendor.example.org");
        accept(page);
        fillProduct(page, 0, "Server X1", "2.0", "x86_64", "anolis-23.2", "120", "0", "0");
    }

    private static void accept(HtmlPage page) {
        ((HtmlCheckBoxInput) page.getElementById("agreementVersion")).setChecked(true);
    }

    private static void fillProduct(HtmlPage page, int row, String name, String version, String arch, String release,
                                    String passed, String failed, String pending) {
        String p = "products-" + row + "-";
        fill(page, p + "name", name);
        fill(page, p + "version", version);
        fill(page, p + "arch", arch);
        fill(page, p + "baseRelease", release);
        fill(page, p + "passed", passed);
        fill(page, p + "failed", failed);
        fill(page, p + "pending", pending);
    }

    private HtmlPage send(HtmlPage page, String action) {
        return portal.submit(PortalForms.form(page, action));
    }

    private List<JsonNode> applicationsOf(String company) {
        return api.as("bob").getAll("/api/partner-applications").stream()
                .filter(a -> company.equals(a.path("company").asText())).toList();
    }

    private String submitOverApi(String applicant, String company) {
        Api.Answer created = api.as(applicant).post("/api/partner-applications", java.util.Map.of(
                "company", company, "registrationId", "REG-1", "country", "Japan", "website", "https://acme.example.org",
                "type", "OSV", "contactName", "Carla Contact", "contactEmail", "carla@acme.example.org",
                "agreementVersion", "1.0", "products", List.of(java.util.Map.of("name", "Acme OS", "version", "8",
                        "arch", "aarch64", "baseRelease", "anolis-8.9",
                        "testReport", java.util.Map.of("passed", 10, "failed", 2, "pending", 1)))));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.field("id");
    }

    private String applicationStatus(String id) {
        return api.as("bob").get("/api/partner-applications/" + id).field("status");
    }

    @Test
    void anEmptyApplicationShowsEveryRequiredFieldsErrorAndCreatesNothing() {
        int before = api.as("bob").getAll("/api/partner-applications").size();

        HtmlPage refused = send(applyAs("quinn"), "/partner-applications");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        for (String field : List.of("company", "registrationId", "country", "website", "type", "contactName",
                "contactEmail", "agreementVersion")) {
            assertThat(errorOf(refused, field)).as(field).endsWith(": is required");
        }
        assertThat(refused.getElementById("products-error").asNormalizedText()).isEqualTo("Products: at least one product");
        assertThat(refused.getElementById("products").getAttribute("aria-describedby")).isEqualTo("products-error");
        assertThat(refused.getHtmlElementById("error-summary").getByXPath(".//a[@href='#products']")).isNotEmpty();
        assertThat(hasError(refused, "products-0-name")).as("an empty row is no product").isFalse();
        assertThat(api.as("bob").getAll("/api/partner-applications")).hasSize(before);
    }

    @Test
    void eachBadFieldLandsOnItsRowAndFieldWithEverythingTypedKept() {
        String company = company("Bad");
        HtmlPage page = applyAs("quinn");
        fillValid(page, company);
        fill(page, "website", "ftp://vendor.example.org");
        fill(page, "contactEmail", "not-an-address");
        fill(page, "contactName", "Vera\u0007Vendor");
        fill(page, "registrationId", "R".repeat(65));
        fillProduct(page, 0, "", "", "", "", "", "", "");
        fillProduct(page, 1, "Board Z", "1.0", "", "anolis-23.2", "-1", "three", "");

        HtmlPage refused = send(page, "/partner-applications");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(400);
        assertThat(errorOf(refused, "website")).isEqualTo("Website: must be an http or https address");
        assertThat(errorOf(refused, "contactEmail")).contains("must be an e-mail address");
        assertThat(errorOf(refused, "contactName")).contains("control characters");
        assertThat(errorOf(refused, "registrationId")).contains("at most 64 characters");
        assertThat(errorOf(refused, "products-1-arch")).isEqualTo("Product 2, architecture: is required");
        assertThat(errorOf(refused, "products-1-passed")).isEqualTo("Product 2, tests passed: must not be negative");
        assertThat(errorOf(refused, "products-1-failed")).isEqualTo("Product 2, tests failed: must be a whole number");
        assertThat(errorOf(refused, "products-1-pending")).isEqualTo("Product 2, tests pending: is required");
        assertThat(hasError(refused, "products-1-name")).isFalse();
        assertThat(hasError(refused, "products-0-name")).as("the empty first row is ignored").isFalse();
        assertThat(hasError(refused, "company")).isFalse();

        assertThat(value(refused, "company")).isEqualTo(company);
        assertThat(value(refused, "website")).isEqualTo("ftp://vendor.example.org");
        assertThat(value(refused, "contactName")).isEqualTo("Vera\u0007Vendor");
        assertThat(value(refused, "type")).isEqualTo("IHV");
        assertThat(((HtmlCheckBoxInput) refused.getElementById("agreementVersion")).isChecked()).isTrue();
        assertThat(value(refused, "products-1-name")).isEqualTo("Board Z");
        assertThat(value(refused, "products-1-baseRelease")).isEqualTo("anolis-23.2");
        assertThat(value(refused, "products-1-passed")).isEqualTo("-1");
        assertThat(value(refused, "products-1-failed")).isEqualTo("three");
        assertThat(applicationsOf(company)).isEmpty();
    }

    @Test
    void notAcceptingTheAgreementIsShownOnTheAgreement() {
        HtmlPage page = applyAs("quinn");
        fillValid(page, company("Unsigned"));
        ((HtmlCheckBoxInput) page.getElementById("agreementVersion")).setChecked(false);

        HtmlPage refused = send(page, "/partner-applications");

        assertThat(errorOf(refused, "agreementVersion")).isEqualTo("Partner agreement: is required");
        assertThat(((HtmlCheckBoxInput) refused.getElementById("agreementVersion")).isChecked()).isFalse();
    }

    @Test
    void addingAProductRowKeepsEverythingAndCreatesNothing() {
        String company = company("Rows");
        HtmlPage page = applyAs("quinn");
        fillValid(page, company);
        assertThat(page.getElementById("products-2-name")).isNull();

        HtmlPage more = portal.submit(PortalForms.form(page, "/partner-applications"), "Add a product");

        assertThat(more.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(more.getElementById("error-summary")).isNull();
        assertThat(more.getElementById("products-2-name")).isNotNull();
        assertThat(value(more, "company")).isEqualTo(company);
        assertThat(value(more, "products-0-name")).isEqualTo("Server X1");
        assertThat(applicationsOf(company)).isEmpty();

        fillProduct(more, 2, "Server X2", "3.1", "aarch64", "anolis-23.1", "99", "1", "0");
        HtmlPage created = send(more, "/partner-applications");

        JsonNode stored = applicationsOf(company).get(0);
        assertThat(created.getUrl().getPath()).isEqualTo("/partner-applications/" + stored.path("id").asText());
        assertThat(stored.path("applicant").asText()).isEqualTo("quinn");
        assertThat(stored.path("status").asText()).isEqualTo("ELIGIBILITY");
        assertThat(stored.path("type").asText()).isEqualTo("IHV");
        assertThat(stored.path("products")).hasSize(2);
        assertThat(stored.path("products").get(0).path("name").asText()).isEqualTo("Server X1");
        JsonNode second = stored.path("products").get(1);
        assertThat(second.path("name").asText()).isEqualTo("Server X2");
        assertThat(second.path("arch").asText()).isEqualTo("aarch64");
        assertThat(second.path("testReport").path("passed").asInt()).isEqualTo(99);
        assertThat(second.path("testReport").path("failed").asInt()).isEqualTo(1);
    }

    @Test
    void aCompanyWithAnOpenApplicationIsShownOnTheCompany() {
        String company = company("Twice");
        submitOverApi("rita", company);
        HtmlPage page = applyAs("quinn");
        fillValid(page, company);

        HtmlPage refused = send(page, "/partner-applications");

        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(409);
        assertThat(errorOf(refused, "company")).isEqualTo("Company: already has an open partner application");
        assertThat(value(refused, "products-0-name")).isEqualTo("Server X1");
        assertThat(applicationsOf(company)).hasSize(1);
    }

    @Test
    void scriptsAndExpressionsAreStoredVerbatimAndShownAsText() {
        String company = company("<script>alert(1)</script>");
        String expressions = "${7*7} #{7*7} [[${7*7}]]";
        HtmlPage page = applyAs("quinn");
        fillValid(page, company);
        fill(page, "contactName", expressions);
        fill(page, "products-0-name", "<b>${7*7}</b>");
        fill(page, "website", "");

        HtmlPage refused = send(page, "/partner-applications");

        assertThat(errorOf(refused, "website")).contains("is required");
        assertThat(value(refused, "company")).isEqualTo(company);
        assertThat(value(refused, "contactName")).isEqualTo(expressions);
        assertThat(value(refused, "products-0-name")).isEqualTo("<b>${7*7}</b>");
        assertThat(refused.getElementsByTagName("script")).allSatisfy(s -> assertThat(s.getAttribute("src")).isNotEmpty());
        assertThat(refused.getElementsByTagName("b")).isEmpty();
        // Evaluated, the expressions would read "49 49 …" (a bare 49 may be part of a generated name on the page).
        assertThat(refused.asNormalizedText()).doesNotContain("49 49");

        fill(refused, "website", "https://vendor.example.org");
        send(refused, "/partner-applications");

        JsonNode stored = applicationsOf(company).get(0);
        assertThat(stored.path("contactName").asText()).isEqualTo(expressions);
        assertThat(stored.path("products").get(0).path("name").asText()).isEqualTo("<b>${7*7}</b>");
    }

    @Test
    void theApplicantRevisesAfterChangesWereRequestedAndNobodyElseMay() {
        String company = company("Revised");
        String id = submitOverApi("quinn", company);
        Api.Answer done = complete("olivia", taskId("olivia", id, "PARTNER_ELIGIBILITY"), "REQUEST_CHANGES",
                "Please fix the failing tests");
        assertThat(done.status()).as("%s", done).isEqualTo(204);

        portal.signIn("rita");
        HtmlPage forbidden = portal.open("/partner-applications/" + id + "/revision");
        assertThat(forbidden.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(forbidden.asNormalizedText()).contains("Only the applicant may revise");
        portal.signOut();

        portal.signIn("quinn");
        HtmlPage revision = portal.open("/partner-applications/" + id + "/revision");
        assertThat(revision.getWebResponse().getStatusCode()).isEqualTo(200);
        assertThat(value(revision, "company")).isEqualTo(company);
        assertThat(value(revision, "type")).isEqualTo("OSV");
        assertThat(((HtmlCheckBoxInput) revision.getElementById("agreementVersion")).isChecked()).isTrue();
        assertThat(value(revision, "products-0-name")).isEqualTo("Acme OS");
        assertThat(value(revision, "products-0-arch")).isEqualTo("aarch64");
        assertThat(value(revision, "products-0-failed")).isEqualTo("2");
        assertThat(value(revision, "products-1-name")).as("a spare row").isEmpty();

        fill(revision, "products-0-failed", "0");
        fill(revision, "products-0-pending", "0");
        fill(revision, "products-0-passed", "13");
        HtmlPage resubmitted = send(revision, "/partner-applications/" + id + "/revision");

        assertThat(resubmitted.getUrl().getPath()).isEqualTo("/partner-applications/" + id);
        JsonNode stored = api.as("bob").get("/api/partner-applications/" + id).json();
        assertThat(stored.path("status").asText()).isEqualTo("ELIGIBILITY");
        assertThat(stored.path("products").get(0).path("testReport").path("passed").asInt()).isEqualTo(13);
        assertThat(stored.path("products").get(0).path("testReport").path("failed").asInt()).isZero();
        assertThat(portal.open("/partner-applications/" + id + "/revision").getWebResponse().getStatusCode())
                .as("no longer CHANGES_REQUESTED").isEqualTo(409);
    }

    @Test
    void aRevisionGainsAProductAndARefusedRevisionKeepsItsRows() {
        String company = company("More");
        String id = submitOverApi("quinn", company);
        complete("olivia", taskId("olivia", id, "PARTNER_ELIGIBILITY"), "REQUEST_CHANGES", "Add your second board");
        portal.signIn("quinn");
        HtmlPage revision = portal.open("/partner-applications/" + id + "/revision");
        String action = "/partner-applications/" + id + "/revision";

        fillProduct(revision, 1, "Board B", "1", "riscv64", "anolis-23.2", "5", "0", "0");
        HtmlPage more = portal.submit(PortalForms.form(revision, action), "Add a product");
        assertThat(value(more, "products-1-name")).isEqualTo("Board B");
        assertThat(value(more, "products-2-name")).isEmpty();

        fillProduct(more, 2, "Board C", "1", "", "anolis-23.2", "5", "0", "0");
        HtmlPage refused = send(more, action);
        assertThat(errorOf(refused, "products-2-arch")).isEqualTo("Product 3, architecture: is required");
        assertThat(value(refused, "products-0-name")).isEqualTo("Acme OS");
        assertThat(value(refused, "products-1-arch")).isEqualTo("riscv64");
        assertThat(applicationStatus(id)).isEqualTo("CHANGES_REQUESTED");

        fill(refused, "products-2-arch", "x86_64");
        send(refused, action);

        JsonNode stored = api.as("bob").get("/api/partner-applications/" + id).json();
        assertThat(stored.path("status").asText()).isEqualTo("ELIGIBILITY");
        assertThat(stored.path("products")).extracting(p -> p.path("name").asText())
                .containsExactly("Acme OS", "Board B", "Board C");
    }

    @Test
    void theApplicantWithdrawsAndNobodyElseMay() {
        String id = submitOverApi("quinn", company("Withdrawn"));

        portal.signIn("rita");
        HtmlPage forbidden = portal.open("/partner-applications/" + id + "/withdrawal");
        assertThat(forbidden.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(forbidden.asNormalizedText()).contains("Only the applicant may withdraw");
        portal.signOut();

        portal.signIn("quinn");
        HtmlPage confirm = portal.open("/partner-applications/" + id + "/withdrawal");
        HtmlPage done = send(confirm, "/partner-applications/" + id + "/withdrawal");

        assertThat(done.getUrl().getPath()).isEqualTo("/partner-applications/" + id);
        assertThat(applicationStatus(id)).isEqualTo("WITHDRAWN");
    }
}
