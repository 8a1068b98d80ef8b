package org.openanolis.governance.partner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Partner applications over HTTP, signed in with Basic as the demo people, mail caught by GreenMail. The
 * certificate lasts two minutes here, so every renewal reminder would fall before the listing and is skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "governance.partner.certificate-validity=PT2M")
@ActiveProfiles({"demo", "test"})
class PartnerApplicationApiIntegrationTests {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final AtomicInteger NAMES = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    ObjectMapper json;
    @Autowired
    EngineDriver engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void resetClock() {
        EngineDriver.resetClock();
    }

    @Test
    void submissionAnswers201WithLocationAndTheApplication() throws Exception {
        String company = unique("Created");
        Answer created = send("quinn", "POST", "/api/partner-applications", application(company));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/partner-applications/" + created.body().get("id").asText());
        assertThat(created.body().get("status").asText()).isEqualTo("ELIGIBILITY");
        assertThat(created.body().get("applicant").asText()).isEqualTo("quinn");
        assertThat(created.body().get("timeline").get(0).get("event").asText()).isEqualTo("SUBMITTED");

        assertThat(everything("rita", "/api/partner-applications?status=ELIGIBILITY", "company")).contains(company);
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner application received", 1))
                .containsOnlyKeys("quinn@example.org");
    }

    @Test
    void invalidApplicationIsRefusedWithEveryInvalidField() throws Exception {
        Map<String, Object> bad = new HashMap<>();
        bad.put("company", "Bad\nCompany");
        bad.put("country", "");
        bad.put("website", "ftp://example.org");
        bad.put("type", "VENDOR");
        bad.put("contactEmail", "not-an-address");
        bad.put("agreementVersion", "0.9");
        bad.put("products", List.of(Map.of("name", "X", "version", "1", "arch", "sparc", "baseRelease", "anolis-23.2",
                "testReport", Map.of("passed", 3, "failed", -1))));
        Answer answer = send("quinn", "POST", "/api/partner-applications", bad);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("errors").findValuesAsText("field")).contains("company", "registrationId",
                "country", "website", "type", "contactName", "contactEmail", "agreementVersion", "products[0].arch",
                "products[0].testReport.failed", "products[0].testReport.pending");

        Answer noProducts = send("quinn", "POST", "/api/partner-applications",
                with(application(unique("Empty")), "products", List.of()));
        assertThat(noProducts.status()).isEqualTo(400);
        assertThat(noProducts.body().get("errors").findValuesAsText("field")).containsExactly("products");
    }

    @Test
    void whoMayActIsCheckedBeforeTheState() throws Exception {
        assertThat(sendAnonymous("/api/partner-applications").statusCode()).isEqualTo(401);
        assertThat(send("quinn", "GET", "/api/partner-applications/no-such-id", null).status()).isEqualTo(404);
        assertThat(send("quinn", "GET", "/api/partners/no-such-id", null).status()).isEqualTo(404);

        String company = unique("Guarded");
        String id = send("quinn", "POST", "/api/partner-applications", application(company)).body().get("id").asText();
        assertThat(send("rita", "PUT", "/api/partner-applications/" + id, application(company)).status()).isEqualTo(403);
        assertThat(send("rita", "POST", "/api/partner-applications/" + id + "/withdrawal", Map.of()).status()).isEqualTo(403);
        assertThat(send("quinn", "PUT", "/api/partner-applications/" + id, application(company)).status())
                .as("not CHANGES_REQUESTED").isEqualTo(409);
        assertThat(send("rita", "POST", "/api/partner-applications", application(company.toUpperCase())).status())
                .as("the company already has an open application").isEqualTo(409);
        assertThat(send("alice", "POST", "/api/partner-applications/" + id + "/ballots", Map.of("vote", "APPROVE")).status())
                .as("no vote is open").isEqualTo(409);

        Answer withdrawn = send("quinn", "POST", "/api/partner-applications/" + id + "/withdrawal", Map.of("reason", "Later"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.body().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(send("quinn", "POST", "/api/partner-applications/" + id + "/withdrawal", Map.of()).status()).isEqualTo(409);
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Withdrawn", 2)).containsKeys("quinn@example.org", "olivia@example.org");
    }

    @Test
    void technicalVerificationRefusesAcceptForAFailingReport() throws Exception {
        Map<String, Object> failing = with(application(unique("Failing")), "products", List.of(product("anolis-23.2", 1, 0)));
        String id = send("quinn", "POST", "/api/partner-applications", failing).body().get("id").asText();
        complete("olivia", id, "PARTNER_ELIGIBILITY", "ACCEPT", null);

        Answer refused = completion("olivia", taskOf("olivia", id, "TECHNICAL_VERIFICATION"), "ACCEPT", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("errors").findValuesAsText("field")).containsExactly("products[0].testReport.failed");
        assertThat(completion("paul", taskOf("olivia", id, "TECHNICAL_VERIFICATION"), "REQUEST_CHANGES", "x").status())
                .as("paul is no compatibility reviewer").isEqualTo(403);

        complete("olivia", id, "TECHNICAL_VERIFICATION", "REQUEST_CHANGES", "Fix the failing test");
        Answer revised = send("quinn", "PUT", "/api/partner-applications/" + id,
                with(failing, "products", List.of(product("anolis-23.2", 0, 0))));
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.body().get("status").asText()).isEqualTo("ELIGIBILITY");
    }

    @Test
    void approvedApplicationIsListedAndItsShortCertificateExpires() throws Exception {
        String company = unique("Listed");
        String contact = "contact@" + slug(company) + ".example";
        String id = send("quinn", "POST", "/api/partner-applications", application(company)).body().get("id").asText();
        complete("olivia", id, "PARTNER_ELIGIBILITY", "ACCEPT", null);
        complete("olivia", id, "TECHNICAL_VERIFICATION", "ACCEPT", null);

        JsonNode voting = send("quinn", "GET", "/api/partner-applications/" + id, null).body();
        assertThat(voting.get("status").asText()).isEqualTo("VOTING");
        assertThat(voting.get("vote").get("threshold").asText()).isEqualTo("SIMPLE");
        assertThat(texts(voting.get("vote").get("recused"))).as("quinn's organization, Globex").containsExactly("bob");
        for (String member : List.of("alice", "carol", "dave", "erin", "frank")) {
            Answer cast = send(member, "POST", "/api/partner-applications/" + id + "/ballots", Map.of("vote", "APPROVE"));
            assertThat(cast.status()).isEqualTo(201);
            // The Location leads to the ballot itself, on this case's own path (it used to lead nowhere).
            assertThat(cast.location()).isEqualTo("/api/partner-applications/" + id + "/ballots/" + member);
            assertThat(send(member, "GET", cast.location(), null).body().get("vote").asText()).isEqualTo("APPROVE");
        }
        engine.passTime(id, Duration.ofHours(72));

        JsonNode application = send("quinn", "GET", "/api/partner-applications/" + id, null).body();
        assertThat(application.get("status").asText()).isEqualTo("LISTED");
        assertThat(application.get("vote").get("outcome").asText()).isEqualTo("APPROVED");
        String partnerId = application.get("partnerId").asText();
        JsonNode partner = send("rita", "GET", "/api/partners/" + partnerId, null).body();
        assertThat(partner.get("status").asText()).isEqualTo("LISTED");
        assertThat(partner.get("company").asText()).isEqualTo(company);
        assertThat(partner.get("products")).hasSize(1);
        assertThat(Duration.between(Instant.parse(partner.get("listedAt").asText()),
                Instant.parse(partner.get("certificateExpiresAt").asText()))).isEqualTo(Duration.ofMinutes(2));
        assertThat(everything("rita", "/api/partners", "id")).contains(partnerId);
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner listed", 2)).containsOnlyKeys(contact, "quinn@example.org");

        assertThat(send("paul", "POST", "/api/partners/" + partnerId + "/revocation", Map.of("reason", "x")).status())
                .as("paul is neither the chair nor community-ops").isEqualTo(403);

        engine.passTime(partnerId, Duration.ofMinutes(2));
        assertThat(send("rita", "GET", "/api/partners/" + partnerId, null).body().get("status").asText())
                .isEqualTo("CERTIFICATE_EXPIRED");
        assertThat(everything("rita", "/api/partners", "id")).doesNotContain(partnerId);
        assertThat(everything("rita", "/api/partners?status=CERTIFICATE_EXPIRED", "id"))
                .contains(partnerId);
        assertThat(Mailbox.awaitRecipients(greenMail, company, "Partner certificate expired", 2))
                .containsOnlyKeys(contact, "quinn@example.org");
        assertThat(Mailbox.recipients(greenMail, company, "expires soon")).as("every reminder fell before the listing").isEmpty();
        assertThat(send("olivia", "POST", "/api/partners/" + partnerId + "/revocation", Map.of("reason", "x")).status())
                .as("not LISTED").isEqualTo(409);
    }

    @Test
    void revocationOpensASuperVoteShownOnThePartner() throws Exception {
        String company = unique("Revocable");
        String id = send("rita", "POST", "/api/partner-applications", application(company)).body().get("id").asText();
        complete("olivia", id, "PARTNER_ELIGIBILITY", "ACCEPT", null);
        complete("olivia", id, "TECHNICAL_VERIFICATION", "ACCEPT", null);
        for (String member : List.of("alice", "bob", "dave", "erin", "frank")) {
            send(member, "POST", "/api/partner-applications/" + id + "/ballots", Map.of("vote", "APPROVE"));
        }
        engine.passTime(id, Duration.ofHours(72));
        String partnerId = send("rita", "GET", "/api/partner-applications/" + id, null).body().get("partnerId").asText();

        assertThat(send("olivia", "POST", "/api/partners/" + partnerId + "/revocation", Map.of()).status()).isEqualTo(400);
        Answer opened = send("alice", "POST", "/api/partners/" + partnerId + "/revocation",
                Map.of("reason", "Compatibility claims proved false"));
        assertThat(opened.status()).isEqualTo(201);
        JsonNode revocation = send("rita", "GET", "/api/partners/" + partnerId, null).body().get("revocation");
        assertThat(revocation.get("reason").asText()).isEqualTo("Compatibility claims proved false");
        assertThat(revocation.get("requestedBy").asText()).isEqualTo("alice");
        assertThat(revocation.get("status").asText()).isEqualTo("VOTING");
        assertThat(revocation.get("vote").get("threshold").asText()).isEqualTo("SUPER");
        assertThat(texts(revocation.get("vote").get("recused")))
                .as("alice opened it; carol shares rita's organization").containsExactlyInAnyOrder("alice", "carol");
        assertThat(send("olivia", "POST", "/api/partners/" + partnerId + "/revocation", Map.of("reason", "again")).status())
                .as("a revocation is already under vote").isEqualTo(409);
    }

    // ---- requests ----

    record Answer(int status, String location, String contentType, JsonNode body) {
    }

    private Answer send(String user, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body().isEmpty() ? null : json.readTree(response.body()));
    }

    /** This field of every item of a listing, read page by page. */
    private List<String> everything(String user, String path, String field) {
        return new Api(port).as(user).getAll(path).stream().map(item -> item.path(field).asText()).toList();
    }

    private HttpResponse<String> sendAnonymous(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String taskOf(String user, String caseId, String kind) throws Exception {
        for (JsonNode task : new Api(port).as(user).getAll("/api/tasks")) {
            if (caseId.equals(task.get("caseId").asText()) && kind.equals(task.get("kind").asText())) {
                return task.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no " + kind + " task on " + caseId);
    }

    private Answer completion(String user, String taskId, String outcome, String comment) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", outcome);
        body.put("comment", comment);
        return send(user, "POST", "/api/tasks/" + taskId + "/completion", body);
    }

    private void complete(String user, String caseId, String kind, String outcome, String comment) throws Exception {
        assertThat(completion(user, taskOf(user, caseId, kind), outcome, comment).status()).isEqualTo(204);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static String unique(String stem) {
        return stem + " Api Systems " + NAMES.incrementAndGet();
    }

    private static String slug(String company) {
        return company.toLowerCase().replace(' ', '-');
    }

    private static Map<String, Object> product(String baseRelease, int failed, int pending) {
        return Map.of("name", "Server X", "version", "2.0", "arch", "aarch64", "baseRelease", baseRelease,
                "testReport", Map.of("passed", 120, "failed", failed, "pending", pending));
    }

    private static Map<String, Object> application(String company) {
        Map<String, Object> body = new HashMap<>();
        body.put("company", company);
        body.put("registrationId", "91330100MA2AAAAAAA");
        body.put("country", "CN");
        body.put("website", "https://" + slug(company) + ".example");
        body.put("type", "OSV");
        body.put("contactName", "Contact Person");
        body.put("contactEmail", "contact@" + slug(company) + ".example");
        body.put("agreementVersion", "1.0");
        body.put("products", new ArrayList<>(List.of(product("anolis-23.2", 0, 0))));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
