package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openanolis.governance.sig.SigReports;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.PartnerApplicationBodies;
import org.openanolis.governance.support.ProjectProposalBodies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Issue 4, part 4: every endpoint that takes a body or a parameter, fed every kind of bad input, over real HTTP.
 * Each refusal is a 4xx problem detail (never a 500) and changes nothing: no row in the domain tables, no process
 * instance and no task appears or disappears. Text that is legitimately acceptable (expression syntax, markup,
 * emoji, bidi and zero-width characters in free text) is stored and answered back exactly as sent.
 */
@GovernanceTest
class BadInputIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for a lone surrogate, which only a JSON escape can carry (it has no UTF-8 encoding). */
    private static final String LONE_HIGH = "@@LONE-HIGH@@";
    private static final String LONE_LOW = "@@LONE-LOW@@";
    private static final List<String> DOMAIN_TABLES = List.of("sig_proposal", "sig", "sig_repository", "sig_name_lock",
            "project_proposal", "project", "partner_application", "partner", "vote", "ballot", "case_event",
            "notification", "case_comment", "committee_removal", "committee_appointment", "committee_term",
            "sig_leadership_change", "sig_emeritus_lead", "sig_retirement", "project_archiving", "project_stage_log",
            "project_stage_change", "sig_report");

    /** The cases the endpoints act on, created once per database over the API itself. */
    private static volatile Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    EngineDriver engine;
    @Autowired
    SigReports sigReports;

    // ---- the table ----

    enum Kind { SINGLE_LINE, MULTI_LINE, ENUM, LIST, INTEGER }

    /** A field of a request body: a JSON pointer, its kind, its longest valid length and whether it is required. */
    record Field(String pointer, Kind kind, int max, boolean required) {
        String name() {
            return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
        }
    }

    /**
     * An endpoint: who calls it, on which fixture, with which valid body; {@code alsoMayAnswer} lists a state answer
     * (404, 409) that an endpoint without a suitable case may give once the body has been read.
     */
    record Endpoint(String label, String method, String user, Function<Fixtures, String> path,
                    Function<Fixtures, Map<String, Object>> validBody, List<Field> fields, boolean bodyRequired,
                    Set<Integer> alsoMayAnswer) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One bad request: a description and the raw JSON text sent (null: no body at all). */
    record Bad(String what, Function<Fixtures, String> body, int expected) {
    }

    private static List<Endpoint> endpoints() {
        List<Field> sig = List.of(
                new Field("/name", Kind.SINGLE_LINE, 40, true),
                new Field("/displayName", Kind.SINGLE_LINE, 80, true),
                new Field("/mission", Kind.MULTI_LINE, 1000, true),
                new Field("/scopeIn", Kind.MULTI_LINE, 4000, true),
                new Field("/scopeOut", Kind.MULTI_LINE, 4000, false),
                new Field("/chairs", Kind.LIST, 3, true),
                new Field("/chairs/0", Kind.SINGLE_LINE, 100, true),
                new Field("/techLeads", Kind.LIST, 3, false),
                new Field("/securityContact", Kind.SINGLE_LINE, 100, true),
                new Field("/meetingCadence", Kind.ENUM, 20, true),
                new Field("/mailingList", Kind.SINGLE_LINE, 320, false),
                new Field("/repositories", Kind.LIST, 50, false),
                new Field("/repositories/0", Kind.SINGLE_LINE, 200, true));
        List<Field> project = List.of(
                new Field("/name", Kind.SINGLE_LINE, 40, true),
                new Field("/summary", Kind.SINGLE_LINE, 200, true),
                new Field("/description", Kind.MULTI_LINE, 4000, true),
                new Field("/repositoryUrl", Kind.SINGLE_LINE, 500, true),
                new Field("/website", Kind.SINGLE_LINE, 500, true),
                new Field("/license", Kind.SINGLE_LINE, 64, true),
                new Field("/sponsorSig", Kind.SINGLE_LINE, 40, true),
                new Field("/maintainers", Kind.LIST, 20, true),
                new Field("/maintainers/0", Kind.SINGLE_LINE, 100, true),
                new Field("/securityContact", Kind.SINGLE_LINE, 320, true),
                new Field("/codeOfConductUrl", Kind.SINGLE_LINE, 500, true),
                new Field("/originOrganization", Kind.SINGLE_LINE, 200, true));
        List<Field> partner = List.of(
                new Field("/company", Kind.SINGLE_LINE, 120, true),
                new Field("/registrationId", Kind.SINGLE_LINE, 64, true),
                new Field("/country", Kind.SINGLE_LINE, 60, true),
                new Field("/website", Kind.SINGLE_LINE, 300, true),
                new Field("/type", Kind.ENUM, 10, true),
                new Field("/contactName", Kind.SINGLE_LINE, 100, true),
                new Field("/contactEmail", Kind.SINGLE_LINE, 320, true),
                new Field("/agreementVersion", Kind.SINGLE_LINE, 20, true),
                new Field("/products", Kind.LIST, 50, true),
                new Field("/products/0/name", Kind.SINGLE_LINE, 100, true),
                new Field("/products/0/version", Kind.SINGLE_LINE, 50, true),
                new Field("/products/0/arch", Kind.ENUM, 20, true),
                new Field("/products/0/baseRelease", Kind.SINGLE_LINE, 40, true),
                new Field("/products/0/testReport/passed", Kind.INTEGER, 0, true),
                new Field("/products/0/testReport/failed", Kind.INTEGER, 0, true));
        List<Field> ballot = List.of(new Field("/vote", Kind.ENUM, 10, true), new Field("/reason", Kind.MULTI_LINE, 4000, false));
        List<Field> withdrawal = List.of(new Field("/reason", Kind.MULTI_LINE, 4000, false));
        List<Field> revocation = List.of(new Field("/reason", Kind.MULTI_LINE, 4000, true));
        List<Field> completion = List.of(new Field("/outcome", Kind.ENUM, 20, true), new Field("/comment", Kind.MULTI_LINE, 2000, false));
        List<Field> removal = List.of(new Field("/member", Kind.SINGLE_LINE, 100, true),
                new Field("/reason", Kind.MULTI_LINE, 4000, true));
        List<Field> appointment = List.of(new Field("/person", Kind.SINGLE_LINE, 100, true),
                new Field("/reason", Kind.MULTI_LINE, 4000, true));
        List<Field> leadership = List.of(new Field("/sig", Kind.SINGLE_LINE, 40, true),
                new Field("/addChairs", Kind.LIST, 3, false), new Field("/removeChairs", Kind.LIST, 3, false),
                new Field("/addTechLeads", Kind.LIST, 3, false), new Field("/addTechLeads/0", Kind.SINGLE_LINE, 100, true),
                new Field("/removeTechLeads", Kind.LIST, 3, false), new Field("/reason", Kind.MULTI_LINE, 4000, true));
        List<Field> retirement = List.of(new Field("/sig", Kind.SINGLE_LINE, 40, true),
                new Field("/reason", Kind.MULTI_LINE, 4000, true), new Field("/successorSig", Kind.SINGLE_LINE, 40, false));
        List<Field> archiving = List.of(new Field("/project", Kind.SINGLE_LINE, 40, true),
                new Field("/reason", Kind.MULTI_LINE, 4000, true));
        List<Field> stageChange = List.of(new Field("/project", Kind.SINGLE_LINE, 40, true),
                new Field("/targetStage", Kind.ENUM, 20, true), new Field("/adopters", Kind.LIST, 50, true),
                new Field("/adopters/0", Kind.SINGLE_LINE, 200, true),
                new Field("/securityPolicyUrl", Kind.SINGLE_LINE, 500, true),
                new Field("/releaseUrl", Kind.SINGLE_LINE, 500, true),
                new Field("/securityAuditUrl", Kind.SINGLE_LINE, 500, false));
        List<Field> report = List.of(new Field("/achievements", Kind.MULTI_LINE, 20_000, true),
                new Field("/plans", Kind.MULTI_LINE, 20_000, true), new Field("/helpNeeded", Kind.MULTI_LINE, 20_000, false));
        Function<Fixtures, Map<String, Object>> approve = f -> Map.of("vote", "APPROVE", "reason", "fine");
        Function<Fixtures, Map<String, Object>> reason = f -> Map.of("reason", "no longer needed");
        Set<Integer> none = Set.of();
        return List.of(
                new Endpoint("POST /api/sig-proposals", "POST", "paul", f -> "/api/sig-proposals",
                        f -> proposal(uniqueName("bad")), sig, true, none),
                new Endpoint("PUT /api/sig-proposals/{id}", "PUT", "paul", f -> "/api/sig-proposals/" + f.sigChangesRequested,
                        f -> proposal(f.sigChangesRequestedName), sig, true, none),
                new Endpoint("POST /api/sig-proposals/{id}/withdrawal", "POST", "paul",
                        f -> "/api/sig-proposals/" + f.sigInTriage + "/withdrawal", reason, withdrawal, false, none),
                new Endpoint("POST /api/sig-proposals/{id}/ballots", "POST", "alice",
                        f -> "/api/sig-proposals/" + f.sigInVote + "/ballots", approve, ballot, true, none),
                new Endpoint("POST /api/tasks/{id}/completion", "POST", "olivia",
                        f -> "/api/tasks/" + f.triageTask + "/completion",
                        f -> Map.of("outcome", "REQUEST_CHANGES", "comment", "please"), completion, true, none),
                new Endpoint("POST /api/project-proposals", "POST", "paul", f -> "/api/project-proposals",
                        f -> project(f.sponsor), project, true, none),
                new Endpoint("POST /api/project-proposals/{id}/withdrawal", "POST", "paul",
                        f -> "/api/project-proposals/" + f.projectProposal + "/withdrawal", reason, withdrawal, false, none),
                // No project vote is open (that takes a sponsor's endorsement, legal review and due diligence):
                // a body that can be read meets the state's 409; one that cannot is refused first.
                new Endpoint("POST /api/project-proposals/{id}/ballots", "POST", "alice",
                        f -> "/api/project-proposals/" + f.projectProposal + "/ballots", approve, ballot, true, Set.of(409)),
                new Endpoint("POST /api/partner-applications", "POST", "rita", f -> "/api/partner-applications",
                        f -> application(uniqueCompany("Bad")), partner, true, none),
                new Endpoint("PUT /api/partner-applications/{id}", "PUT", "rita",
                        f -> "/api/partner-applications/" + f.partnerChangesRequested,
                        f -> application(f.partnerChangesRequestedCompany), partner, true, none),
                new Endpoint("POST /api/partner-applications/{id}/withdrawal", "POST", "rita",
                        f -> "/api/partner-applications/" + f.partnerInEligibility + "/withdrawal", reason, withdrawal,
                        false, none),
                new Endpoint("POST /api/partner-applications/{id}/ballots", "POST", "alice",
                        f -> "/api/partner-applications/" + f.partnerInVote + "/ballots", approve, ballot, true, none),
                new Endpoint("POST /api/partners/{id}/revocation", "POST", "olivia",
                        f -> "/api/partners/" + f.listedPartner + "/revocation", reason, revocation, false, none),
                new Endpoint("POST /api/partners/{id}/revocation/ballots", "POST", "alice",
                        f -> "/api/partners/" + f.partnerUnderRevocation + "/revocation/ballots", approve, ballot, true,
                        none),
                new Endpoint("POST /api/committee-removals", "POST", "alice", f -> "/api/committee-removals",
                        f -> Map.of("member", "grace", "reason", "absent"), removal, true, none),
                new Endpoint("POST /api/committee-appointments", "POST", "alice", f -> "/api/committee-appointments",
                        f -> Map.of("person", "quinn", "reason", "a vacancy"), appointment, true, none),
                new Endpoint("POST /api/sig-leadership-changes", "POST", "quinn", f -> "/api/sig-leadership-changes",
                        f -> Map.of("sig", f.sponsor, "addTechLeads", List.of("tom"), "reason", "more hands"),
                        leadership, true, none),
                new Endpoint("POST /api/sig-retirements", "POST", "quinn", f -> "/api/sig-retirements",
                        f -> Map.of("sig", f.sponsor, "reason", "dormant"), retirement, true,
                        none),
                // No project is listed in the fixtures (that takes the whole onboarding): the name is judged with the
                // rest, so a body that can be read is refused for its project too, and still changes nothing.
                new Endpoint("POST /api/project-archivings", "POST", "alice", f -> "/api/project-archivings",
                        f -> Map.of("project", "listed-nowhere", "reason", "superseded"), archiving, true, none),
                new Endpoint("POST /api/project-stage-changes", "POST", "sara", f -> "/api/project-stage-changes",
                        f -> Map.of("project", "listed-nowhere", "targetStage", "INCUBATING",
                                "adopters", List.of("Globex", "Initech"),
                                "securityPolicyUrl", "https://listed-nowhere.example.org/security",
                                "releaseUrl", "https://git.example.org/listed-nowhere/releases/1.0"),
                        stageChange, true, none),
                new Endpoint("PUT /api/sigs/{name}/reports/{year}", "PUT", "quinn",
                        f -> "/api/sigs/" + f.sponsor + "/reports/" + f.reportYear,
                        f -> Map.of("achievements", "Shipped 1.0", "plans", "Ship 2.0"), report, true, none));
    }

    /** Every kind of bad input for one endpoint. */
    private static List<Bad> badInputs(Endpoint e) {
        List<Bad> bad = new ArrayList<>();
        for (String malformed : List.of("{\"reason\": ", "{'vote': 'APPROVE'}", "{\"a\":1,}", "{\"a\" 1}", "{}}", "\u0000",
                "{\"vote\": \"APPROVE\", \"reason\": \"\\x41\"}", "{\"name\": \"\\ud800\\\"}")) {
            bad.add(new Bad("malformed JSON " + printable(malformed), f -> malformed, 400));
        }
        for (String notAnObject : List.of("[]", "[{}]", "\"text\"", "42", "true", "1.5")) {
            bad.add(new Bad("a JSON " + notAnObject + " instead of an object", f -> notAnObject, 400));
        }
        if (e.bodyRequired()) {
            bad.add(new Bad("no body", f -> null, 400));
            bad.add(new Bad("a JSON null", f -> "null", 400));
            bad.add(new Bad("an empty object", f -> "{}", 400));
        }
        for (Field field : e.fields()) {
            for (JsonNode wrong : wrongTypes(field.kind())) {
                bad.add(new Bad(field.name() + " = " + wrong + " (wrong type)", f -> with(e, f, field, wrong), 400));
            }
            boolean element = field.pointer().matches(".*/\\d+$");
            if (field.required() && !element) {
                bad.add(new Bad(field.name() + " missing", f -> without(e, f, field), 400));
                bad.add(new Bad(field.name() + " = null", f -> with(e, f, field, NODES.nullNode()), 400));
                if (field.kind() == Kind.SINGLE_LINE || field.kind() == Kind.MULTI_LINE || field.kind() == Kind.ENUM) {
                    bad.add(new Bad(field.name() + " blank", f -> with(e, f, field, NODES.textNode("  \t ")), 400));
                }
            }
            switch (field.kind()) {
                case SINGLE_LINE, MULTI_LINE -> {
                    String tooLong = "a".repeat(field.max() + 1);
                    bad.add(new Bad(field.name() + " over-long", f -> with(e, f, field, NODES.textNode(tooLong)), 400));
                    Map<String, String> controls = new LinkedHashMap<>();
                    controls.put("NUL", "\u0000");
                    controls.put("ESC", "\u001b");
                    controls.put("BEL", "\u0007");
                    controls.put("DEL", "\u007f");
                    if (field.kind() == Kind.SINGLE_LINE) {
                        controls.put("CR", "\r");
                        controls.put("LF", "\n");
                        controls.put("CRLF", "\r\n");
                        controls.put("TAB", "\t");
                        controls.put("NEL", "\u0085");
                        controls.put("U+2028", "\u2028");
                        controls.put("U+2029", "\u2029");
                    }
                    controls.forEach((name, c) -> bad.add(new Bad(field.name() + " with " + name,
                            f -> with(e, f, field, NODES.textNode("sig-a" + c + "Bcc: evil@example.org")), 400)));
                    bad.add(new Bad(field.name() + " with a lone high surrogate",
                            f -> with(e, f, field, NODES.textNode("ab" + LONE_HIGH + "cd")), 400));
                    bad.add(new Bad(field.name() + " with a lone low surrogate",
                            f -> with(e, f, field, NODES.textNode("ab" + LONE_LOW)), 400));
                }
                case ENUM -> {
                    for (String unknown : List.of("MAYBE", "approve", "${7*7}", "ACCEPT\u0000", "APPROVE\u0000", "APPROVE ", "\tAPPROVE")) {
                        bad.add(new Bad(field.name() + " = " + printable(unknown) + " (unknown value)",
                                f -> with(e, f, field, NODES.textNode(unknown)), 400));
                    }
                }
                case INTEGER -> bad.add(new Bad(field.name() + " negative", f -> with(e, f, field, NODES.numberNode(-1)), 400));
                case LIST -> {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= field.max(); i++) {
                        tooMany.add(field.pointer().equals("/products") ? JSON.valueToTree(product("p" + i)) : NODES.textNode("x" + i));
                    }
                    bad.add(new Bad(field.name() + " too long a list", f -> with(e, f, field, tooMany), 400));
                }
                default -> { }
            }
        }
        bad.add(new Bad("a 1 MiB body", f -> mebibyte(e, f), 413));
        return bad;
    }

    private static List<JsonNode> wrongTypes(Kind kind) {
        return switch (kind) {
            case SINGLE_LINE, MULTI_LINE, ENUM -> List.of(NODES.numberNode(42), NODES.numberNode(1.5), NODES.booleanNode(true),
                    NODES.objectNode().put("a", "b"), NODES.arrayNode().add("x"));
            case LIST -> List.of(NODES.textNode("quinn"), NODES.numberNode(42), NODES.booleanNode(false),
                    NODES.objectNode().put("a", "b"), NODES.arrayNode().add(NODES.arrayNode()));
            case INTEGER -> List.of(NODES.textNode("12"), NODES.textNode("many"), NODES.numberNode(1.5),
                    NODES.booleanNode(true), NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(40))),
                    NODES.objectNode(), NODES.arrayNode().add(1));
        };
    }

    static Stream<Arguments> everyBadRequest() {
        List<Arguments> all = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            for (Bad b : badInputs(e)) {
                all.add(Arguments.of(e, b.what(), b));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyBadRequest")
    void badInputIsRefusedWithAProblemAndChangesNothing(Endpoint endpoint, String what, Bad bad) {
        Fixtures f = fixtures();
        String path = endpoint.path().apply(f);
        String body = bad.body().apply(f);
        Map<String, Long> before = snapshot();

        Api.Answer answer = send(endpoint.user(), endpoint.method(), path, body);
        try {
            assertRefused(endpoint, answer, bad);
        } catch (AssertionError e) {
            throw new AssertionError(endpoint + " / " + what + ": " + e.getMessage(), e);
        }
        assertThat(snapshot()).as("nothing changed on refusing %s", what).isEqualTo(before);
    }

    private static void assertRefused(Endpoint endpoint, Api.Answer answer, Bad bad) {

        if (endpoint.alsoMayAnswer().contains(answer.status())) {
            assertProblemShape(answer, answer.status());
        } else {
            assertProblemShape(answer, bad.expected());
        }
        if (answer.status() == 400) {
            Set<String> topLevel = new java.util.HashSet<>(Set.of("body"));
            endpoint.fields().forEach(x -> topLevel.add(x.pointer().substring(1).split("/")[0]));
            assertThat(answer.errorFields()).as("%s", answer).isNotEmpty().allSatisfy(field ->
                    assertThat(field.split("[.\\[]")[0]).as("%s names a field of the request", field).isIn(topLevel));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyBadQuery")
    void badQueryParameterIsRefusedWithAProblem(String user, String path) {
        Map<String, Long> before = snapshot();

        Api.Answer answer = api.as(user).get(path);

        assertProblemShape(answer, 400);
        assertThat(answer.errorFields()).containsExactly("status");
        assertThat(snapshot()).isEqualTo(before);
    }

    static Stream<Arguments> everyBadQuery() {
        List<Arguments> all = new ArrayList<>();
        for (String list : List.of("/api/sig-proposals", "/api/project-proposals", "/api/partner-applications",
                "/api/partners", "/api/admin/notifications", "/api/sigs", "/api/sig-leadership-changes",
                "/api/sig-retirements", "/api/committee-removals", "/api/project-archivings",
                "/api/project-stage-changes")) {
            for (String value : List.of("MAYBE", "voting", "%24%7B7*7%7D", "%00", "%0D%0ABcc:%20x", "1", "%3Cscript%3E",
                    "%F0%9F%98%80", "%ED%A0%80")) {
                all.add(Arguments.of(list.contains("admin") ? "admin" : "rita", list + "?status=" + value));
            }
        }
        return all.stream();
    }

    /** A 1 MiB body also when sent without a length, counted as it arrives. */
    @Test
    void aMebibyteSentChunkedIsRefusedToo() {
        Map<String, Long> before = snapshot();
        Map<String, Object> body = proposal(uniqueName("huge"));
        body.put("mission", "m".repeat(1024 * 1024));

        Api.Answer answer = api.as("paul").postChunked("/api/sig-proposals", body);

        assertProblemShape(answer, 413);
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---- legitimate text, stored verbatim ----

    static Stream<Arguments> acceptableText() {
        return Stream.of(
                Arguments.of("Spring expression", "${7*7}"),
                Arguments.of("Thymeleaf/EL deferred expression", "#{7*7}"),
                Arguments.of("script tag", "<script>alert(1)</script>"),
                Arguments.of("Thymeleaf inline expression", "[[${T(java.lang.Runtime).getRuntime()}]]"),
                Arguments.of("inline unescaped", "[(${7*7})] *{x} @{/x} ~{y}"),
                Arguments.of("markup and entities", "<img src=x onerror=alert(1)> &amp; \"q\" 'a'"),
                Arguments.of("emoji with ZWJ sequence", "\uD83D\uDC69\u200D\uD83D\uDCBB team \uD83D\uDE80"),
                Arguments.of("right-to-left override", "abc\u202Edef\u202C ghi"),
                Arguments.of("zero-width characters", "a\u200Bb\u200Cc\u200Dd\uFEFFe"),
                Arguments.of("header-like text on one line", "x Bcc: evil@example.org"),
                Arguments.of("combining and CJK", "e\u0301 \u4E2D\u6587 \u0645\u0631\u062D\u0628\u0627"));
    }

    @ParameterizedTest(name = "SIG proposal: {0}")
    @MethodSource("acceptableText")
    void acceptableTextIsStoredVerbatimInASigProposal(String what, String text) {
        Map<String, Object> body = proposal(uniqueName("verbatim"));
        body.put("displayName", text);
        body.put("mission", text + "\nsecond line\r\n\tindented " + text);
        body.put("scopeIn", text);
        body.put("scopeOut", text);

        Api.Answer created = api.as("paul").post("/api/sig-proposals", body);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        Api.Answer read = api.as("rita").get("/api/sig-proposals/" + created.field("id"));
        for (String field : List.of("displayName", "mission", "scopeIn", "scopeOut")) {
            assertThat(created.field(field)).as(field).isEqualTo(body.get(field));
            assertThat(read.field(field)).as(field).isEqualTo(body.get(field));
        }
    }

    @ParameterizedTest(name = "partner application: {0}")
    @MethodSource("acceptableText")
    void acceptableTextIsStoredVerbatimInAPartnerApplication(String what, String text) {
        String company = uniqueCompany("Verbatim") + " " + text;
        Map<String, Object> body = application(company);
        body.put("website", "https://verbatim.example");
        body.put("contactEmail", "contact@verbatim.example");
        body.put("contactName", text);
        body.put("products", List.of(product(text)));

        Api.Answer created = api.as("rita").post("/api/partner-applications", body);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode read = api.as("rita").get("/api/partner-applications/" + created.field("id")).json();
        assertThat(read.path("company").asText()).isEqualTo(company);
        assertThat(read.path("contactName").asText()).isEqualTo(text);
        assertThat(read.path("products").path(0).path("name").asText()).isEqualTo(text);
    }

    @Test
    void expressionsInAReasonAndACommentAreStoredVerbatim() {
        String text = "${7*7} #{7*7} <script>alert(1)</script> [[${T(java.lang.Runtime)}]] \u202Eevil";
        String id = submit("paul", proposal(uniqueName("reason")));
        triage(id, "REQUEST_CHANGES", text);
        Api.Answer withdrawn = api.as("paul").post("/api/sig-proposals/" + id + "/withdrawal", Map.of("reason", text));

        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        List<String> comments = new ArrayList<>();
        api.as("rita").get("/api/sig-proposals/" + id).json().path("timeline")
                .forEach(t -> comments.add(t.path("comment").asText(null)));
        assertThat(comments).containsSubsequence(text, text);
    }

    // ---- fixtures and helpers ----

    /** The cases the table acts on; none of them changes while the table runs, since every request is refused. */
    static final class Fixtures {
        String sponsor;
        String sigInTriage;
        String triageTask;
        String sigChangesRequested;
        String sigChangesRequestedName;
        String sigInVote;
        String projectProposal;
        String partnerInEligibility;
        String partnerChangesRequested;
        String partnerChangesRequestedCompany;
        String partnerInVote;
        String listedPartner;
        String partnerUnderRevocation;
        int reportYear;
    }

    private synchronized Fixtures fixtures() {
        if (fixtures != null && api.as("rita").get("/api/sig-proposals/" + fixtures.sigInTriage).status() == 200) {
            return fixtures;
        }
        Fixtures f = new Fixtures();
        f.sponsor = activeSig();
        f.reportYear = reportOpened();
        f.sigInTriage = submit("paul", proposal(uniqueName("triage")));
        f.triageTask = taskId("olivia", f.sigInTriage, "SIG_TRIAGE");
        f.sigChangesRequestedName = uniqueName("changes");
        f.sigChangesRequested = submit("paul", proposal(f.sigChangesRequestedName));
        triage(f.sigChangesRequested, "REQUEST_CHANGES", "more detail please");
        f.sigInVote = acceptedForVote(uniqueName("vote"));

        Api.Answer project = api.as("paul").post("/api/project-proposals", project(f.sponsor));
        assertThat(project.status()).as("%s", project).isEqualTo(201);
        f.projectProposal = project.field("id");

        f.partnerInEligibility = apply(uniqueCompany("Eligibility"));
        f.partnerChangesRequestedCompany = uniqueCompany("Changes");
        f.partnerChangesRequested = apply(f.partnerChangesRequestedCompany);
        assertThat(complete("olivia", taskId("olivia", f.partnerChangesRequested, "PARTNER_ELIGIBILITY"),
                "REQUEST_CHANGES", "registration id?").status()).isEqualTo(204);
        f.partnerInVote = partnerInVote(uniqueCompany("Voting"));
        f.listedPartner = listed(uniqueCompany("Listed"));
        f.partnerUnderRevocation = listed(uniqueCompany("Revoked"));
        Api.Answer revocation = api.as("olivia").post("/api/partners/" + f.partnerUnderRevocation + "/revocation",
                Map.of("reason", "claims proved false"));
        assertThat(revocation.status()).as("%s", revocation).isEqualTo(201);
        EngineDriver.resetClock();
        fixtures = f;
        return f;
    }

    /** Next year's annual reports, opened by the daily check as on their day: the sponsor's among them. */
    private int reportOpened() {
        int year = ZonedDateTime.now(ZoneOffset.UTC).getYear() + 1;
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 1, 15).atTime(4, 0).toInstant(ZoneOffset.UTC)));
        try {
            sigReports.openDue();
        } finally {
            ClockUtil.reset();
        }
        return year;
    }

    private String activeSig() {
        String name = uniqueName("sponsor");
        String id = acceptedForVote(name);
        approveBy(id, "bob", "carol", "dave", "erin", "frank");
        engine.passTime(id, Duration.ofHours(72));
        triageLike("olivia", id, "SIG_PROVISIONING", "DONE");
        assertThat(api.as("rita").get("/api/sigs/" + name).status()).isEqualTo(200);
        return name;
    }

    private void triageLike(String user, String caseId, String kind, String outcome) {
        Api.Answer done = complete(user, taskId(user, caseId, kind), outcome, null);
        assertThat(done.status()).as("%s", done).isEqualTo(204);
    }

    private String apply(String company) {
        Api.Answer created = api.as("rita").post("/api/partner-applications", application(company));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.field("id");
    }

    private String partnerInVote(String company) {
        String id = apply(company);
        triageLike("olivia", id, "PARTNER_ELIGIBILITY", "ACCEPT");
        triageLike("olivia", id, "TECHNICAL_VERIFICATION", "ACCEPT");
        return id;
    }

    private String listed(String company) {
        String id = partnerInVote(company);
        for (String member : List.of("alice", "bob", "dave", "erin", "frank")) {
            Api.Answer cast = api.as(member).post("/api/partner-applications/" + id + "/ballots", Map.of("vote", "APPROVE"));
            assertThat(cast.status()).as("%s", cast).isEqualTo(201);
        }
        engine.passTime(id, Duration.ofHours(72));
        String partnerId = api.as("rita").get("/api/partner-applications/" + id).field("partnerId");
        assertThat(partnerId).isNotBlank();
        return partnerId;
    }

    private static final java.util.concurrent.atomic.AtomicInteger COMPANIES = new java.util.concurrent.atomic.AtomicInteger();

    private static String uniqueCompany(String stem) {
        return stem + " Bad Input Systems " + System.nanoTime() % 100_000 + "-" + COMPANIES.incrementAndGet();
    }

    private static Map<String, Object> project(String sponsor) {
        String name = "bad-input-" + System.nanoTime() % 1_000_000 + "-" + COMPANIES.incrementAndGet();
        return ProjectProposalBodies.valid(name, sponsor);
    }

    private static Map<String, Object> product(String name) {
        return PartnerApplicationBodies.product(name);
    }

    private static Map<String, Object> application(String company) {
        return PartnerApplicationBodies.valid(company);
    }

    /** The valid body with one field replaced, as JSON text (lone-surrogate markers become JSON escapes). */
    private static String with(Endpoint e, Fixtures f, Field field, JsonNode value) {
        ObjectNode body = JSON.valueToTree(e.validBody().apply(f));
        String parent = field.pointer().substring(0, field.pointer().lastIndexOf('/'));
        String last = field.pointer().substring(field.pointer().lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? body : body.at(parent);
        if (container instanceof ObjectNode object) {
            object.set(last, value);
        } else if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            throw new IllegalStateException("No " + field.pointer() + " in " + body);
        }
        return text(body);
    }

    private static String without(Endpoint e, Fixtures f, Field field) {
        ObjectNode body = JSON.valueToTree(e.validBody().apply(f));
        String parent = field.pointer().substring(0, field.pointer().lastIndexOf('/'));
        String last = field.pointer().substring(field.pointer().lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? body : body.at(parent);
        if (container instanceof ObjectNode object) {
            object.remove(last);
        } else if (container instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return text(body);
    }

    private static String mebibyte(Endpoint e, Fixtures f) {
        ObjectNode body = JSON.valueToTree(e.validBody().apply(f));
        body.put(e.fields().get(e.fields().size() - 1).pointer().substring(1).split("/")[0], "x".repeat(1024 * 1024));
        return text(body);
    }

    private static String text(JsonNode body) {
        try {
            return JSON.writeValueAsString(body).replace(LONE_HIGH, "\\ud800").replace(LONE_LOW, "\\udfff");
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Api.Answer send(String user, String method, String path, String body) {
        Api.Caller caller = api.as(user);
        if (body == null) {
            return method.equals("PUT") ? caller.put(path, null) : caller.post(path, null);
        }
        return method.equals("PUT") ? caller.put(path, body) : caller.post(path, body);
    }

    private static void assertProblemShape(Api.Answer answer, int status) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("%s", answer).isNotNull();
        assertThat(answer.contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("%s", answer).isTrue();
        JsonNode json = answer.json();
        assertThat(json.path("status").asInt()).as("%s", answer).isEqualTo(status);
        assertThat(json.path("type").asText()).as("%s", answer).isNotBlank();
        assertThat(json.path("title").asText()).as("%s", answer).isNotBlank();
        if (status == 400) {
            assertThat(json.path("errors").isArray()).as("%s", answer).isTrue();
            json.path("errors").forEach(error -> {
                assertThat(error.path("field").asText()).as("%s", answer).isNotBlank();
                assertThat(error.path("message").asText()).as("%s", answer).isNotBlank();
            });
        }
    }

    /** Row counts of the domain tables and the engine's running instances and open tasks. */
    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : DOMAIN_TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        counts.put("process instances", runtime.createProcessInstanceQuery().count());
        counts.put("executions", runtime.createExecutionQuery().count());
        counts.put("tasks", taskService.createTaskQuery().count());
        counts.put("variables", runtime.createVariableInstanceQuery().count());
        return counts;
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }
}
