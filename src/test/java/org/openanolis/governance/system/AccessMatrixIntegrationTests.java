package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.openanolis.governance.election.Nominations;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.onboarding.ProjectStage;
import org.openanolis.governance.onboarding.SandboxReviews;
import org.openanolis.governance.onboarding.StageChangeForm;
import org.openanolis.governance.partner.PartnerApplication;
import org.openanolis.governance.partner.PartnerApplicationForm;
import org.openanolis.governance.partner.PartnerApplications;
import org.openanolis.governance.partner.Product;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.publishing.CalendarLinks;
import org.openanolis.governance.sig.ReportText;
import org.openanolis.governance.sig.RetirementProposal;
import org.openanolis.governance.sig.SigProposalForm;
import org.openanolis.governance.sig.SigReports;
import org.openanolis.governance.sig.SigRetirements;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.DemoPasswords;
import org.openanolis.governance.support.ElectionDriver;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.PartnerApplicationBodies;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.support.ProjectProposalBodies;
import org.openanolis.governance.support.SigProposalBodies;
import org.openanolis.governance.support.Webapps;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.vote.BallotChoice;
import org.openanolis.governance.webhook.WebhookForm;
import org.openanolis.governance.webhook.Webhooks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The README's access matrix ("Access"), one HTTP request per cell. The four tables below have the README's
 * rows (roles) and columns (actions) and the same cells, so a change to one shows in the other.
 * <p>
 * A cell that expects success acts on a case of its own, so that it changes nothing another cell reads; a
 * cell that expects a refusal acts on a case shared by the row, which the refusal leaves as it was.
 * Sam, Oscar and Victor are people of this test's own, so that the rows of a plain user, community-ops
 * and compatibility-reviewers hold one role each (Olivia holds both groups; Paul proposes every case).
 */
@GovernanceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    /** The rows: one person per role. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("anonymous", null);
        ROLES.put("signed-in", "sam");
        ROLES.put("proposer", "paul");
        ROLES.put("member", "bob");
        ROLES.put("recused", "carol");
        ROLES.put("chair", "alice");
        ROLES.put("sig-chair", "quinn");
        ROLES.put("ops", "oscar");
        ROLES.put("reviewer", "victor");
        ROLES.put("admin", "admin");
    }

    /** Cases, ballots and the proposer's rights (API): the status code, or whether running counts show. */
    private static final String CASES = """
            role      | PROPOSE_SIG | PROPOSE_PROJECT | APPLY_PARTNER | READ_CASES | CAST_BALLOT | OPEN_COUNTS | REVISE | WITHDRAW | OPEN_REVOCATION
            anonymous | 401         | 401             | 401           | 401        | 401         | 401         | 401    | 401      | 401
            signed-in | 201         | 201             | 201           | 200        | 403         | hidden      | 403    | 403      | 403
            proposer  | 201         | 201             | 201           | 200        | 403         | hidden      | 200    | 200      | 403
            member    | 201         | 201             | 201           | 200        | 201         | shown       | 403    | 403      | 403
            recused   | 201         | 201             | 201           | 200        | 403         | shown       | 403    | 403      | 403
            chair     | 201         | 201             | 201           | 200        | 201         | shown       | 403    | 403      | 201
            sig-chair | 201         | 201             | 201           | 200        | 403         | hidden      | 403    | 403      | 403
            ops       | 201         | 201             | 201           | 200        | 403         | hidden      | 403    | 403      | 201
            reviewer  | 201         | 201             | 201           | 200        | 403         | hidden      | 403    | 403      | 403
            admin     | 201         | 201             | 201           | 200        | 403         | shown       | 403    | 403      | 403
            """;

    /** Tasks through GET /api/tasks/{id} and POST /api/tasks/{id}/completion: 204 = seen (200) and completed (204). */
    private static final String TASKS = """
            role      | SIG_TRIAGE | COMMITTEE_BALLOT | NO_QUORUM_DECISION | VOTE_ESCALATION | SIG_PROVISIONING | SIG_ENDORSEMENT | ENDORSEMENT_ESCALATION | LEGAL_REVIEW | TECHNICAL_DUE_DILIGENCE | LEGAL_DUE_DILIGENCE | AGREEMENT_CONFIRMATION | ONBOARDING_CHECKLIST_ITEM | PARTNER_ELIGIBILITY | TECHNICAL_VERIFICATION | SANDBOX_REVIEW | STAGE_DUE_DILIGENCE | ANNUAL_REPORT | ELECTION_EXCEPTION | ELECTION_CERTIFICATION
            anonymous | 401        | 401              | 401                | 401             | 401              | 401             | 401                    | 401          | 401                     | 401                 | 401                    | 401                       | 401                 | 401                    | 401            | 401                 | 401 | 401                | 401
            signed-in | 403        | 403              | 403                | 403             | 403              | 403             | 403                    | 403          | 403                     | 403                 | 403                    | 403                       | 403                 | 403                    | 403            | 403                 | 403 | 403                | 403
            proposer  | 403        | 403              | 403                | 403             | 403              | 403             | 403                    | 403          | 403                     | 403                 | 204                    | 403                       | 403                 | 403                    | 403            | 403                 | 403 | 403                | 403
            member    | 403        | 204              | 403                | 403             | 403              | 403             | 403                    | 403          | 403                     | 403                 | 403                    | 403                       | 403                 | 403                    | 403            | 403                 | 403 | 403                | 403
            recused   | 403        | 403              | 403                | 403             | 403              | 403             | 403                    | 403          | 403                     | 403                 | 403                    | 403                       | 403                 | 403                    | 403            | 403                 | 403 | 403                | 403
            chair     | 403        | 204              | 204                | 204             | 403              | 403             | 204                    | 403          | 403                     | 403                 | 403                    | 403                       | 403                 | 403                    | 403            | 403                 | 403 | 403                | 403
            sig-chair | 403        | 403              | 403                | 403             | 403              | 204             | 403                    | 403          | 403                     | 403                 | 403                    | 403                       | 403                 | 403                    | 204            | 403                 | 204 | 403                | 403
            ops       | 204        | 403              | 403                | 403             | 204              | 403             | 403                    | 204          | 204                     | 204                 | 403                    | 204                       | 204                 | 403                    | 403            | 204                 | 403 | 403                | 403
            reviewer  | 403        | 403              | 403                | 403             | 403              | 403             | 403                    | 403          | 403                     | 403                 | 403                    | 403                       | 403                 | 204                    | 403            | 403                 | 403 | 403                | 403
            admin     | 403        | 403              | 403                | 403             | 403              | 403             | 403                    | 403          | 403                     | 403                 | 403                    | 403                       | 403                 | 403                    | 403            | 403                 | 403 | 403                | 403
            """;

    /**
     * Decisions after entry (API): the status code of a proposal, withdrawn at once when it succeeds, so that each
     * success cell leaves the committee and its open cases as they were. A leadership change, a check-in and a
     * step-down concern the SIG that sponsors the test's projects (chairs Quinn and Rita): the step-down is the
     * caller's own on a SIG of its own when it is to succeed, and Quinn's otherwise. A retirement is proposed for
     * that SIG and withdrawn, and comments go to another retirement, in its comment period. An archiving is proposed
     * for a project that SIG sponsors, maintained by Sara and Tom, and withdrawn; a stage change for one maintained
     * by Paul and Sara, and withdrawn.
     */
    private static final String AFTER_ENTRY = """
            role      | PROPOSE_REMOVAL | PROPOSE_APPOINTMENT | PROPOSE_LEADERSHIP_CHANGE | STEP_DOWN | CHECK_IN | PROPOSE_RETIREMENT | COMMENT | PROPOSE_ARCHIVING | PROPOSE_STAGE_CHANGE
            anonymous | 401             | 401                 | 401                       | 401       | 401      | 401                | 401     | 401               | 401
            signed-in | 403             | 403                 | 403                       | 403       | 403      | 403                | 201     | 403               | 403
            proposer  | 403             | 403                 | 403                       | 403       | 403      | 403                | 201     | 403               | 201
            member    | 201             | 403                 | 403                       | 403       | 403      | 403                | 201     | 403               | 403
            recused   | 201             | 403                 | 403                       | 403       | 403      | 403                | 201     | 403               | 403
            chair     | 201             | 201                 | 201                       | 403       | 403      | 201                | 201     | 201               | 403
            sig-chair | 403             | 403                 | 201                       | 200       | 201      | 201                | 201     | 201               | 403
            ops       | 403             | 403                 | 403                       | 403       | 403      | 403                | 201     | 403               | 403
            reviewer  | 403             | 403                 | 403                       | 403       | 403      | 403                | 201     | 403               | 403
            admin     | 403             | 403                 | 403                       | 403       | 403      | 403                | 201     | 403               | 403
            """;

    /**
     * Administration, Camunda's webapps and operations: the status code of the call or sign-in, whether Tasklist shows
     * a task, or whether the readiness probe shows its components.
     */
    private static final String ADMINISTRATION = """
            role      | READ_OUTBOX | ENGINE_REST | TASKLIST | COCKPIT | ADMIN_APP | TASKLIST_SHOWS_TRIAGE | TASKLIST_SHOWS_BOBS_BALLOT | HEALTH | HEALTH_DETAILS | METRICS
            anonymous | 401         | 401         | 401      | 401     | 401       | 401                   | 401                        | 200    | hidden         | 401
            signed-in | 403         | 403         | 200      | 403     | 403       | hidden                | hidden                     | 200    | hidden         | 403
            proposer  | 403         | 403         | 200      | 403     | 403       | hidden                | hidden                     | 200    | hidden         | 403
            member    | 403         | 403         | 200      | 403     | 403       | hidden                | shown                      | 200    | hidden         | 403
            recused   | 403         | 403         | 200      | 403     | 403       | hidden                | hidden                     | 200    | hidden         | 403
            chair     | 403         | 403         | 200      | 403     | 403       | hidden                | hidden                     | 200    | hidden         | 403
            sig-chair | 403         | 403         | 200      | 403     | 403       | hidden                | hidden                     | 200    | hidden         | 403
            ops       | 403         | 403         | 200      | 403     | 403       | shown                 | hidden                     | 200    | hidden         | 403
            reviewer  | 403         | 403         | 200      | 403     | 403       | hidden                | hidden                     | 200    | hidden         | 403
            admin     | 200         | 200         | 200      | 200     | 200       | shown                 | shown                      | 200    | shown          | 200
            """;

    /**
     * Publishing, public to everyone: the decision register's listing, one resolution's minutes (the sponsoring SIG's
     * creation), the Atom feed and the "Decisions" page; and whether a vote still running, with a ballot cast, shows
     * anywhere in them (never: only closed votes are published); that resolution as JSON and as its page.
     */
    private static final String PUBLISHING = """
            role      | READ_RESOLUTIONS | READ_MINUTES | READ_FEED | DECISIONS_PAGE | RUNNING_VOTE_PUBLISHED | RESOLUTION_JSON | DECISION_PAGE
            anonymous | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            signed-in | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            proposer  | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            member    | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            recused   | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            chair     | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            sig-chair | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            ops       | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            reviewer  | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            admin     | 200              | 200          | 200       | 200            | hidden                 | 200             | 200
            """;

    /**
     * The directory exports, public to everyone: the SIGs as the Kubernetes sigs.yaml, the sponsoring SIG as openEuler's
     * sig-info.yaml, the projects as the landscape's data.yml and a listed project's .project file.
     */
    private static final String EXPORTS = """
            role      | KUBERNETES_SIGS | OPENEULER_SIG_INFO | LANDSCAPE_DATA | PROJECT_YAML
            anonymous | 200             | 200                | 200            | 200
            signed-in | 200             | 200                | 200            | 200
            proposer  | 200             | 200                | 200            | 200
            member    | 200             | 200                | 200            | 200
            recused   | 200             | 200                | 200            | 200
            chair     | 200             | 200                | 200            | 200
            sig-chair | 200             | 200                | 200            | 200
            ops       | 200             | 200                | 200            | 200
            reviewer  | 200             | 200                | 200            | 200
            admin     | 200             | 200                | 200            | 200
            """;

    /**
     * Elections in the portal (HtmlUnit, signed in through the form): the list and an election's page, public; the
     * form that opens one, officers only (none of these roles); nominating and casting a ranked ballot, voters only
     * (the committee, a SIG's chair, a project's maintainer: Paul maintains one, Quinn chairs the sponsoring SIG), each
     * on an election opened for the cell and cancelled after it; cancelling an election, only the officer who opened it
     * (Olivia, none of these roles); and "Find my ballot" in a certified result, public.
     * A successful nomination answers 303 to the page, a ballot 200 with its receipt; "sign-in" is the redirect there.
     */
    private static final String ELECTION_PAGES = """
            role      | ELECTIONS_PAGE | ELECTION_PAGE | OPEN_ELECTION_FORM | NOMINATE | CAST_RANKED_BALLOT | FIND_MY_BALLOT | CANCEL_ELECTION
            anonymous | 200            | 200           | sign-in            | sign-in  | sign-in            | 200            | sign-in
            signed-in | 200            | 200           | 403                | 403      | 403                | 200            | 403
            proposer  | 200            | 200           | 403                | 303      | 200                | 200            | 403
            member    | 200            | 200           | 403                | 303      | 200                | 200            | 403
            recused   | 200            | 200           | 403                | 303      | 200                | 200            | 403
            chair     | 200            | 200           | 403                | 303      | 200                | 200            | 403
            sig-chair | 200            | 200           | 403                | 303      | 200                | 200            | 403
            ops       | 200            | 200           | 403                | 403      | 403                | 200            | 403
            reviewer  | 200            | 200           | 403                | 403      | 403                | 200            | 403
            admin     | 200            | 200           | 403                | 403      | 403                | 200            | 403
            """;

    private static final MediaType YAML = MediaType.valueOf("application/yaml");
    private static final MediaType ICS = MediaType.valueOf("text/calendar");

    /**
     * Webhooks, administrators only: list them, register one (deleted again at once, so that it hears nothing of the
     * other cells), delete one registered for the cell; list the deliveries, and send one again (one that does not
     * exist: 404 for the administrator, who may).
     */
    private static final String WEBHOOKS = """
            role      | LIST_WEBHOOKS | REGISTER_WEBHOOK | DELETE_WEBHOOK | LIST_DELIVERIES | RETRY_DELIVERY
            anonymous | 401           | 401              | 401            | 401             | 401
            signed-in | 403           | 403              | 403            | 403             | 403
            proposer  | 403           | 403              | 403            | 403             | 403
            member    | 403           | 403              | 403            | 403             | 403
            recused   | 403           | 403              | 403            | 403             | 403
            chair     | 403           | 403              | 403            | 403             | 403
            sig-chair | 403           | 403              | 403            | 403             | 403
            ops       | 403           | 403              | 403            | 403             | 403
            reviewer  | 403           | 403              | 403            | 403             | 403
            admin     | 200           | 201              | 204            | 200             | 404
            """;

    /**
     * Calendars: a SIG's (the sponsoring SIG's) and the committee's, public; setting the sponsoring SIG's meetings
     * (API), a chair of it only; a person's own (Sam's) at its secret link, which whoever holds the link reads, and at
     * a link that is no one's, which no one does; and whether the committee's calendar tells anything of a running
     * vote's ballots (never: only when it closes).
     */
    private static final String CALENDARS = """
            role      | SIG_CALENDAR | COMMITTEE_CALENDAR | SET_MEETINGS | PERSONAL_CALENDAR | UNKNOWN_LINK | BALLOTS_IN_CALENDAR
            anonymous | 200          | 200                | 401          | 200               | 404          | hidden
            signed-in | 200          | 200                | 403          | 200               | 404          | hidden
            proposer  | 200          | 200                | 403          | 200               | 404          | hidden
            member    | 200          | 200                | 403          | 200               | 404          | hidden
            recused   | 200          | 200                | 403          | 200               | 404          | hidden
            chair     | 200          | 200                | 403          | 200               | 404          | hidden
            sig-chair | 200          | 200                | 200          | 200               | 404          | hidden
            ops       | 200          | 200                | 403          | 200               | 404          | hidden
            reviewer  | 200          | 200                | 403          | 200               | 404          | hidden
            admin     | 200          | 200                | 403          | 200               | 404          | hidden
            """;

    /** Shared cases for the refusals, built once per database: fixture name → case id. */
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();
    private static final AtomicInteger COMPANIES = new AtomicInteger();

    @Autowired
    IdentityService identityService;
    @Autowired
    ElectionDriver electionDriver;
    @Autowired
    Nominations nominations;
    @Autowired
    TaskService taskService;
    @Autowired
    PartnerApplications applications;
    @Autowired
    SigRetirements retirements;
    @Autowired
    SandboxReviews sandboxReviews;
    @Autowired
    SigReports sigReports;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    CamundaAuthorizations grants;
    @Autowired
    Webhooks webhooks;
    @Autowired
    CalendarLinks calendarLinks;

    @LocalServerPort
    int port;

    Api api;

    static Stream<Arguments> cells() {
        List<Arguments> all = new ArrayList<>();
        for (String table : List.of(CASES, TASKS, AFTER_ENTRY, ADMINISTRATION, PUBLISHING, EXPORTS, WEBHOOKS,
                CALENDARS, ELECTION_PAGES)) {
            List<String[]> lines = table.lines().filter(l -> !l.isBlank())
                    .map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new)).toList();
            String[] actions = lines.get(0);
            for (String[] row : lines.subList(1, lines.size())) {
                assertThat(ROLES).containsKey(row[0]);
                assertThat(row).hasSameSizeAs(actions);
                for (int i = 1; i < actions.length; i++) {
                    all.add(Arguments.of(row[0], actions[i], row[i]));
                }
            }
        }
        return all.stream();
    }

    /** The engine the webapps and the engine REST API served before this class, to be given back. */
    private ProcessEngine displaced;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        // The webapps and the engine REST API find their engine by name in Camunda's static registry, where a
        // later application context of the same test run (another "default" engine on another database) may
        // have replaced ours.
        ProcessEngine registered = ProcessEngines.getProcessEngines().get(processEngine.getName());
        if (registered != processEngine) {
            displaced = displaced == null ? registered : displaced;
            ProcessEngines.registerProcessEngine(processEngine);
        }
        person("sam", "Sam", "Stark Industries", null);
        person("oscar", "Oscar", "Community Foundation", Groups.COMMUNITY_OPS);
        person("victor", "Victor", "Community Foundation", Groups.COMPATIBILITY_REVIEWERS);
    }

    /** Oscar and Victor leave their groups, so that other tests sharing the database see the demo groups only; the engine registry is given back. */
    @AfterAll
    void leaveGroups() {
        if (displaced != null) {
            ProcessEngines.registerProcessEngine(displaced);
        }
        identityService.deleteMembership("oscar", Groups.COMMUNITY_OPS);
        identityService.deleteMembership("victor", Groups.COMPATIBILITY_REVIEWERS);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("cells")
    void cell(String role, String action, String expected) {
        String user = ROLES.get(role);
        boolean allowed = expected.startsWith("2") || expected.equals("shown");
        assertThat(observe(user, action, allowed)).as("%s (%s) %s", role, user, action).isEqualTo(expected);
    }

    @Test
    void tasklistShowsOliviaTheTriageTaskAndBobOnlyHisOwnBallot() {
        String triage = shared("SIG_TRIAGE", this::sigSubmitted);
        String inVote = shared("COMMITTEE_BALLOT", this::sigInVote);
        Webapps olivia = new Webapps(port);
        assertThat(olivia.signIn("tasklist", "olivia", Api.PASSWORD)).isEqualTo(200);
        assertThat(olivia.taskKeysOn(triage)).containsExactly("UserTask_TriageProposal");
        Webapps bob = new Webapps(port);
        assertThat(bob.signIn("tasklist", "bob", Api.PASSWORD)).isEqualTo(200);
        assertThat(bob.taskKeysOn(triage)).isEmpty();
        assertThat(bob.taskKeysOn(inVote)).containsExactly("UserTask_CastBallot@bob");
    }

    @Test
    void theGrantsAreAddedOnlyOnce() throws Exception {
        long before = authorizationService.createAuthorizationQuery().count();

        grants.run(null);

        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(before);
    }

    @Test
    void theEngineRestApiRunsAsTheSignedInPerson() {
        Api.Answer check = api.as("admin").get("/engine-rest/authorization/check?permissionName=ACCESS"
                + "&resourceName=application&resourceType=0&resourceId=cockpit");

        // The engine answers this only for an authenticated caller ("You must be authenticated"), else 401.
        assertThat(check.status()).as("%s", check).isEqualTo(200);
        assertThat(check.json().path("authorized").asBoolean()).as("%s", check).isTrue();
    }

    private String observe(String user, String action, boolean allowed) {
        Api.Caller caller = user == null ? api.anonymous() : api.as(user);
        switch (action) {
            case "PROPOSE_SIG":
                return code(caller.post("/api/sig-proposals", SigProposalBodies.valid(sigName(), List.of("quinn", "rita"))));
            case "PROPOSE_PROJECT":
                return code(caller.post("/api/project-proposals", projectBody(uniqueName("matrix"))));
            case "APPLY_PARTNER":
                return code(caller.post("/api/partner-applications", partnerBody(company())));
            case "READ_CASES": {
                Set<String> codes = new LinkedHashSet<>();
                codes.add(code(caller.get("/api/sig-proposals/" + shared("SIG_TRIAGE", this::sigSubmitted))));
                codes.add(code(caller.get("/api/project-proposals/" + shared("SIG_ENDORSEMENT", this::projectProposed))));
                codes.add(code(caller.get("/api/partner-applications/" + shared("PARTNER_ELIGIBILITY", this::partnerApplied))));
                codes.add(code(caller.get("/api/sig-proposals")));
                return String.join("/", codes);
            }
            case "CAST_BALLOT": {
                String id = allowed ? sigInVote() : shared("COMMITTEE_BALLOT", this::sigInVote);
                return code(caller.post("/api/sig-proposals/" + id + "/ballots", Map.of("vote", "APPROVE")));
            }
            case "OPEN_COUNTS": {
                String id = shared("COUNTED", this::sigInVoteWithABallot);
                Api.Answer answer = caller.get("/api/sig-proposals/" + id);
                if (answer.status() != 200) {
                    return code(answer);
                }
                JsonNode vote = answer.json().path("vote");
                assertThat(vote.path("outcome").isMissingNode()).as("the vote is still open: %s", answer).isTrue();
                return vote.has("approvals") && vote.has("ballots") ? "shown" : "hidden";
            }
            case "REVISE": {
                String id = allowed ? sigChangesRequested() : shared("REVISE", this::sigChangesRequested);
                return code(caller.put("/api/sig-proposals/" + id, SigProposalBodies.valid(nameOf(id), List.of("quinn", "carol"))));
            }
            case "WITHDRAW": {
                String id = allowed ? sigSubmitted() : shared("SIG_TRIAGE", this::sigSubmitted);
                return code(caller.post("/api/sig-proposals/" + id + "/withdrawal", Map.of("reason", "No longer needed")));
            }
            case "OPEN_REVOCATION": {
                String id = allowed ? listedPartner() : shared("LISTED", this::listedPartner);
                return code(caller.post("/api/partners/" + id + "/revocation", Map.of("reason", "Certification lapsed")));
            }
            case "PROPOSE_REMOVAL":
                return proposedAndWithdrawn(caller, "/api/committee-removals",
                        Map.of("member", "grace".equals(user) ? "dave" : "grace", "reason", "Missed every meeting"));
            case "PROPOSE_APPOINTMENT":
                return proposedAndWithdrawn(caller, "/api/committee-appointments",
                        Map.of("person", "sam", "reason", "A vacancy to fill"));
            case "PROPOSE_LEADERSHIP_CHANGE":
                return proposedAndWithdrawn(caller, "/api/sig-leadership-changes", Map.of("sig", sponsor(),
                        "addTechLeads", List.of("tom"), "reason", "Tom leads the runtime's design"));
            case "STEP_DOWN": {
                String sig = allowed ? activeSig(sigName(), List.of(user, "rita", "sara")) : sponsor();
                return code(caller.post("/api/sigs/" + sig + "/leads/" + (allowed ? user : "quinn") + "/step-down",
                        Map.of()));
            }
            case "PROPOSE_RETIREMENT":
                return proposedAndWithdrawn(caller, "/api/sig-retirements", Map.of("sig", sponsor(),
                        "reason", "Its work is done"));
            case "COMMENT":
                return code(caller.post("/api/sig-retirements/" + shared("COMMENT_PERIOD", this::retirementProposed)
                        + "/comments", Map.of("text", "I was not told of this")));
            case "PROPOSE_ARCHIVING":
                return proposedAndWithdrawn(caller, "/api/project-archivings", Map.of("project",
                        shared("ACCEPTED_PROJECT", () -> accepted(uniqueName("matrix")).getDetails().name()),
                        "reason", "Superseded"));
            case "PROPOSE_STAGE_CHANGE": {
                String project = shared("PAULS_PROJECT",
                        () -> accepted(uniqueName("matrix"), List.of("paul", "sara")).getDetails().name());
                StageChangeForm form = evidence(project, ProjectStage.INCUBATING);
                return proposedAndWithdrawn(caller, "/api/project-stage-changes", Map.of("project", project,
                        "targetStage", form.targetStage(), "adopters", form.adopters(),
                        "securityPolicyUrl", form.securityPolicyUrl(), "releaseUrl", form.releaseUrl()));
            }
            case "CHECK_IN":
                return code(caller.post("/api/sigs/" + sponsor() + "/check-ins", Map.of()));
            case "READ_OUTBOX":
                return code(caller.get("/api/admin/notifications"));
            case "ENGINE_REST": {
                Api.Answer answer = caller.get("/engine-rest/process-definition");
                // Runs as the signed-in person: without Camunda's grants an administrator would see no definition.
                return answer.status() == 200 && answer.list().isEmpty() ? "200 but empty" : code(answer);
            }
            case "TASKLIST":
                return signIn(user, "tasklist");
            case "COCKPIT":
                return signIn(user, "cockpit");
            case "ADMIN_APP":
                return signIn(user, "admin");
            case "TASKLIST_SHOWS_TRIAGE":
                return tasklistShows(user, shared("SIG_TRIAGE", this::sigSubmitted), "UserTask_TriageProposal");
            case "TASKLIST_SHOWS_BOBS_BALLOT":
                return tasklistShows(user, shared("COMMITTEE_BALLOT", this::sigInVote), "UserTask_CastBallot@bob");
            case "HEALTH":
                return code(caller.get("/actuator/health/readiness"));
            case "HEALTH_DETAILS":
                return caller.get("/actuator/health/readiness").json().has("components") ? "shown" : "hidden";
            case "METRICS":
                return Integer.toString(scrapeStatus(user));
            case "ELECTIONS_PAGE":
                return onPortal(user, portal -> pageCode(portal.open("/elections")));
            case "ELECTION_PAGE":
                return onPortal(user, portal -> pageCode(portal.open("/elections/"
                        + shared("ELECTION_FOR_PAGES", () -> electionDriver.nominating(uniqueName("Matrix page"), 1)))));
            case "OPEN_ELECTION_FORM":
                return onPortal(user, portal -> pageCode(portal.open("/elections/new")));
            case "NOMINATE": {
                String id = electionOfVoters();
                String nominee = DemoPasswords.person(identityService, uniqueName("nominee"));
                try {
                    return onPortal(user, portal -> postOnPage(portal, "/elections/" + id, "/nominations",
                            Map.of("candidate", nominee, "statement", "Knows the kernel")));
                } finally {
                    cancelElection(id);
                }
            }
            case "CAST_RANKED_BALLOT": {
                String id = electionOfVoters();
                electionDriver.candidate(id, "sara", List.of("bob", "carol", "dave"));
                electionDriver.openVoting(id);
                try {
                    return onPortal(user, portal -> postOnPage(portal, "/elections/" + id, "/ballots",
                            Map.of("ranks[sara]", "1")));
                } finally {
                    cancelElection(id);
                }
            }
            case "CANCEL_ELECTION": {
                String id = electionDriver.nominating(uniqueName("Matrix cancellation"), 1);
                try {
                    return onPortal(user, portal -> postOnPage(portal, "/elections/" + id, "/cancellation",
                            Map.of("reason", "Not theirs to cancel")));
                } finally {
                    cancelElection(id);
                }
            }
            case "FIND_MY_BALLOT":
                return onPortal(user, portal -> postOnPage(portal, "/elections/" + shared("CERTIFIED_ELECTION",
                        this::certifiedElection), "/ballot-lookup", Map.of("receipt", "A".repeat(26))));
            case "READ_RESOLUTIONS":
                return code(caller.get("/api/public/resolutions"));
            case "READ_MINUTES":
                return code(caller.get("/api/public/resolutions/" + sponsorsResolution(),
                        MediaType.valueOf("text/markdown")));
            case "READ_FEED":
                return code(caller.get("/feeds/resolutions.atom", MediaType.valueOf("application/atom+xml")));
            case "DECISIONS_PAGE":
                return code(caller.get("/decisions", MediaType.TEXT_HTML));
            case "RUNNING_VOTE_PUBLISHED": {
                String running = sigProposals.find(shared("BALLOT_CAST", this::sigInVoteWithABallot)).orElseThrow()
                        .getDetails().name();
                boolean listed = !caller.get("/api/public/resolutions?q=" + running).list().isEmpty();
                boolean inFeed = caller.get("/feeds/resolutions.atom", MediaType.valueOf("application/atom+xml")).text()
                        .contains(running);
                return listed || inFeed ? "shown" : "hidden";
            }
            case "KUBERNETES_SIGS":
                return code(caller.get("/exports/kubernetes/sigs.yaml", YAML));
            case "OPENEULER_SIG_INFO":
                return code(caller.get("/exports/openeuler/" + sponsor() + "/sig-info.yaml", YAML));
            case "LANDSCAPE_DATA":
                return code(caller.get("/exports/landscape/data.yml", YAML));
            case "PROJECT_YAML":
                return code(caller.get("/exports/projects/" + shared("EXPORTED_PROJECT",
                        () -> accepted(uniqueName("exported")).getDetails().name()) + "/project.yaml", YAML));
            case "RESOLUTION_JSON":
                return code(caller.get("/api/public/resolutions/" + sponsorsResolution()));
            case "DECISION_PAGE":
                return code(caller.get("/decisions/" + sponsorsResolution(), MediaType.TEXT_HTML));
            case "LIST_DELIVERIES":
                return code(caller.get("/api/admin/webhooks/deliveries"));
            case "RETRY_DELIVERY":
                return code(caller.post("/api/admin/webhooks/deliveries/no-such-delivery/retry", Map.of()));
            case "LIST_WEBHOOKS":
                return code(caller.get("/api/admin/webhooks"));
            case "REGISTER_WEBHOOK": {
                Api.Answer registered = caller.post("/api/admin/webhooks", Map.of("url", "http://127.0.0.1:9/matrix",
                        "secret", "matrix-secret-0123456789", "events", List.of("RESOLUTION")));
                if (registered.status() == 201) {
                    webhooks.delete(registered.field("id"), "admin");
                }
                return code(registered);
            }
            case "DELETE_WEBHOOK": {
                String id = webhooks.register(new WebhookForm("http://127.0.0.1:9/matrix", "matrix-secret-0123456789",
                        List.of("RESOLUTION")), "admin").id();
                Api.Answer deleted = caller.delete("/api/admin/webhooks/" + id);
                webhooks.delete(id, "admin");
                return code(deleted);
            }
            case "SIG_CALENDAR":
                return code(caller.get("/calendars/sigs/" + sponsor() + ".ics", ICS));
            case "COMMITTEE_CALENDAR":
                return code(caller.get("/calendars/committee.ics", ICS));
            case "SET_MEETINGS":
                return code(caller.put("/api/sigs/" + sponsor() + "/meetings", Map.of("weekday", "TUESDAY",
                        "time", "18:00", "timeZone", "Europe/Berlin", "cadence", "WEEKLY")));
            case "PERSONAL_CALENDAR":
                return code(caller.get("/calendars/people/" + shared("SAMS_CALENDAR", () -> calendarLinks.renew("sam"))
                        + ".ics", ICS));
            case "UNKNOWN_LINK":
                return code(caller.get("/calendars/people/" + "x".repeat(43) + ".ics", ICS));
            case "BALLOTS_IN_CALENDAR": {
                String running = shared("BALLOT_CAST", this::sigInVoteWithABallot);
                String calendar = caller.get("/calendars/committee.ics", ICS).text();
                assertThat(calendar).as("the running vote's close").contains(
                        "vote-" + votes.latest("SIG_PROPOSAL", running).orElseThrow().id());
                return calendar.contains("APPROVE") || calendar.toLowerCase().contains("grace") ? "shown" : "hidden";
            }
            default:
                return taskCell(caller, user, TaskKind.valueOf(action), allowed);
        }
    }

    /** The proposal's status code; a proposal made is withdrawn at once by its proposer. */
    private String proposedAndWithdrawn(Api.Caller caller, String path, Map<String, Object> body) {
        Api.Answer proposed = caller.post(path, body);
        if (proposed.status() == 201) {
            Api.Answer withdrawn = caller.post(path + "/" + proposed.field("id") + "/withdrawal",
                    Map.of("reason", "Only proving who may propose"));
            assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        }
        return code(proposed);
    }

    /** GET /api/tasks/{id} and then the completion: "204" when both succeed, the one status when both agree. */
    private String taskCell(Api.Caller caller, String user, TaskKind kind, boolean allowed) {
        String caseId = allowed ? waitingAt(kind) : shared(kind.name(), () -> waitingAt(kind));
        String taskId = taskOf(kind, caseId, user);
        Api.Answer seen = caller.get("/api/tasks/" + taskId);
        Api.Answer done = caller.post("/api/tasks/" + taskId + "/completion", Map.of("outcome", kind.outcomes().get(0)));
        if (seen.status() == 200 && done.status() == 204) {
            assertThat(seen.field("kind")).isEqualTo(kind.name());
            return "204";
        }
        return seen.status() == done.status() ? code(done) : "GET " + seen + " / POST " + done;
    }

    /** A ballot task is the caller's own where they have one, and Bob's otherwise; other kinds have one task per case. */
    private String taskOf(TaskKind kind, String caseId, String user) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
                .taskDefinitionKeyIn(kind.taskDefinitionKeys().toArray(String[]::new)).list();
        assertThat(tasks).as("%s tasks on %s", kind, caseId).isNotEmpty();
        if (kind != TaskKind.COMMITTEE_BALLOT) {
            return tasks.get(0).getId();
        }
        return tasks.stream().filter(t -> t.getAssignee().equals(user)).findFirst()
                .or(() -> tasks.stream().filter(t -> t.getAssignee().equals("bob")).findFirst()).orElseThrow().getId();
    }

    /** The Prometheus scrape answers text, not the JSON the API client asks for. */
    private int scrapeStatus(String user) {
        return RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus")
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, Api.PASSWORD, StandardCharsets.UTF_8);
                    }
                    h.setAccept(List.of(MediaType.TEXT_PLAIN));
                })
                .exchange((request, response) -> response.getStatusCode().value());
    }

    private String signIn(String user, String app) {
        Webapps browser = new Webapps(port);
        if (user == null) {
            // Without signing in, the webapps' engine API refuses.
            return Integer.toString(browser.get("/camunda/api/engine/engine/default/task").statusCode());
        }
        return Integer.toString(browser.signIn(app, user, Api.PASSWORD));
    }

    private String tasklistShows(String user, String caseId, String taskKey) {
        Webapps browser = new Webapps(port);
        if (user == null) {
            return Integer.toString(browser.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey="
                    + caseId).statusCode());
        }
        assertThat(browser.signIn("tasklist", user, Api.PASSWORD)).isEqualTo(200);
        return browser.taskKeysOn(caseId).contains(taskKey) ? "shown" : "hidden";
    }

    /**
     * An election in nomination whose roll holds every voter of the table: Quinn chairs the sponsoring SIG and Paul
     * maintains a project of the directory when its roll is frozen.
     */
    private String electionOfVoters() {
        sponsor();
        shared("PAULS_PROJECT", () -> accepted(uniqueName("matrix"), List.of("paul", "sara")).getDetails().name());
        return electionDriver.nominating(uniqueName("Matrix election"), 1);
    }

    /** An election counted and certified by Olivia: its result and ballots are published. */
    private String certifiedElection() {
        String id = electionDriver.counted(uniqueName("Matrix certified"));
        String task = api.as("olivia").getAll("/api/tasks").stream()
                .filter(t -> id.equals(t.path("caseId").asText())
                        && "ELECTION_CERTIFICATION".equals(t.path("kind").asText()))
                .findFirst().orElseThrow().path("id").asText();
        assertThat(api.as("olivia").post("/api/tasks/" + task + "/completion", Map.of("outcome", "CERTIFY"))
                .status()).isLessThan(300);
        return id;
    }

    private void cancelElection(String id) {
        api.as("olivia").post("/api/elections/" + id + "/cancellation", Map.of("reason", "The matrix cell is done"));
    }

    /** The cell observed through the portal, signed in as the user through the sign-in form (or not at all). */
    private String onPortal(String user, java.util.function.Function<Portal, String> observation) {
        try (Portal portal = new Portal(port)) {
            if (user != null) {
                portal.signIn(user);
            }
            return observation.apply(portal);
        }
    }

    /** A page's status, or "sign-in" when it led there. */
    private static String pageCode(HtmlPage page) {
        return page.getUrl().getPath().equals("/sign-in") ? "sign-in"
                : Integer.toString(page.getWebResponse().getStatusCode());
    }

    /**
     * Posts these fields with the CSRF token of the page at {@code pagePath}, as a form would, without following a
     * redirect: its status, or "sign-in" when it leads there.
     */
    private static String postOnPage(Portal portal, String pagePath, String action, Map<String, String> fields) {
        HtmlPage page = portal.open(pagePath);
        HtmlInput token = page.getFirstByXPath("//input[@name='_csrf']");
        List<NameValuePair> parameters = new ArrayList<>();
        parameters.add(new NameValuePair("_csrf", token.getValue()));
        fields.forEach((name, value) -> parameters.add(new NameValuePair(name, value)));
        portal.client().getOptions().setRedirectEnabled(false);
        try {
            WebRequest request = new WebRequest(new URL(page.getUrl(), pagePath + action), HttpMethod.POST);
            request.setRequestParameters(parameters);
            WebResponse response = portal.client().loadWebResponse(request);
            String location = response.getResponseHeaderValue("Location");
            return location != null && location.endsWith("/sign-in") ? "sign-in"
                    : Integer.toString(response.getStatusCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            portal.client().getOptions().setRedirectEnabled(true);
        }
    }

    private static String code(Api.Answer answer) {
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as("%s", answer).isNotNull();
            assertThat(answer.contentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
                    .as("a refusal is a problem detail: %s", answer).isTrue();
        }
        return Integer.toString(answer.status());
    }

    // The cases, driven through the services: only the cell's own request goes over HTTP.

    private static String shared(String name, Supplier<String> build) {
        return SHARED.computeIfAbsent(name, n -> build.get());
    }

    /** A case waiting at a task of this kind. */
    private String waitingAt(TaskKind kind) {
        return switch (kind) {
            case SIG_TRIAGE -> sigSubmitted();
            case COMMITTEE_BALLOT -> sigInVote();
            case NO_QUORUM_DECISION -> {
                String id = sigInVote();
                engine.passTime(id, Duration.ofDays(7));
                engine.passTime(id, Duration.ofDays(7));
                yield id;
            }
            case VOTE_ESCALATION -> {
                // Five of seven members are chairs or tech leads: two voters are too few, the chair decides.
                String id = sigProposals.submit(sigForm(sigName(), List.of("bob", "carol"),
                        List.of("dave", "erin", "frank")), "paul").getId();
                complete("olivia", id, TaskKind.SIG_TRIAGE, "ACCEPT", null);
                yield id;
            }
            case SIG_PROVISIONING -> {
                String id = sigInVote();
                for (String member : List.of("bob", "dave", "erin", "frank", "grace")) {
                    ballots.cast("SIG_PROPOSAL", id, member, BallotChoice.APPROVE, null);
                }
                engine.passTime(id, Duration.ofHours(72));
                yield id;
            }
            case SIG_ENDORSEMENT -> projectProposed();
            case ENDORSEMENT_ESCALATION -> {
                String id = projectProposed();
                engine.passTime(id, Duration.ofDays(14));
                yield id;
            }
            case LEGAL_REVIEW -> proposals.submit(form(uniqueName("matrix"), "SSPL-1.0", "Community Foundation",
                    List.of("quinn", "rita")), "paul").getId();
            case TECHNICAL_DUE_DILIGENCE, LEGAL_DUE_DILIGENCE -> endorsed(uniqueName("matrix")).getId();
            case AGREEMENT_CONFIRMATION -> approved(uniqueName("matrix")).getId();
            case ONBOARDING_CHECKLIST_ITEM -> onboarding(uniqueName("matrix")).getId();
            case PARTNER_ELIGIBILITY -> partnerApplied();
            case SANDBOX_REVIEW -> {
                String project = accepted(uniqueName("matrix")).getDetails().name();
                sandboxReviews.open(project);
                yield project;
            }
            case ANNUAL_REPORT -> reportDrafted();
            case ELECTION_EXCEPTION -> {
                String id = electionDriver.nominating(uniqueName("Matrix election"), 1);
                nominations.requestException(id, "Not on the roll", DemoPasswords.person(identityService,
                        uniqueName("outsider")));
                yield id;
            }
            case ELECTION_CERTIFICATION -> electionDriver.counted(uniqueName("Matrix election"));
            case STAGE_DUE_DILIGENCE -> stageChangeEndorsed(accepted(uniqueName("matrix")).getDetails().name(), "sara");
            case TECHNICAL_VERIFICATION -> {
                String id = partnerApplied();
                complete("olivia", id, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
                yield id;
            }
        };
    }

    /**
     * A SIG that Quinn and Rita chair, with next year's annual report open and its text saved by Quinn: the daily check
     * run as on the day the reports open, which opens one for every ACTIVE SIG still without one.
     */
    private String reportDrafted() {
        String sig = activeSig(sigName(), List.of("quinn", "rita"));
        int year = ZonedDateTime.now(ZoneOffset.UTC).getYear() + 1;
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, 1, 15).atTime(4, 0).toInstant(ZoneOffset.UTC)));
        try {
            sigReports.openDue();
        } finally {
            ClockUtil.reset();
        }
        sigReports.saveDraft(sig, year, new ReportText("Shipped the runtime", "Ship it again", null), "quinn");
        return sig;
    }

    /** Quinn proposes to retire a SIG of its own that he chairs: open for comment for the 14 days of the default. */
    private String retirementProposed() {
        String sig = activeSig(sigName(), List.of("quinn", "rita"));
        return retirements.submit(new RetirementProposal(sig, "Its work is done", null), "quinn").getId();
    }

    /** Paul proposes a SIG chaired by Quinn and Carol: Carol, on the committee, is recused from its vote. */
    private String sigSubmitted() {
        return sigProposals.submit(sigForm(sigName(), List.of("quinn", "carol"), List.of()), "paul").getId();
    }

    /** The number of the resolution that created the sponsoring SIG, as the public register lists it. */
    private String sponsorsResolution() {
        List<JsonNode> found = api.anonymous().get("/api/public/resolutions?q=" + sponsor()).list();
        assertThat(found).as("the sponsoring SIG's creation in the register").hasSize(1);
        return found.get(0).path("number").asText();
    }

    private String sigInVote() {
        String id = sigSubmitted();
        complete("olivia", id, TaskKind.SIG_TRIAGE, "ACCEPT", null);
        return id;
    }

    private String sigInVoteWithABallot() {
        String id = sigInVote();
        ballots.cast("SIG_PROPOSAL", id, "grace", BallotChoice.APPROVE, null);
        return id;
    }

    private String sigChangesRequested() {
        String id = sigSubmitted();
        complete("olivia", id, TaskKind.SIG_TRIAGE, "REQUEST_CHANGES", "Name the repositories");
        return id;
    }

    private static String sigName() {
        return "sig-" + uniqueName("matrix");
    }

    private String nameOf(String sigProposalId) {
        return sigProposals.find(sigProposalId).orElseThrow().caseName();
    }

    private String projectProposed() {
        return propose(uniqueName("matrix")).getId();
    }

    private String partnerApplied() {
        String company = company();
        return applications.submit(new PartnerApplicationForm(company, "REG-1", "CN", "https://" + slug(company) + ".example",
                "IHV", "Contact Person", "contact@" + slug(company) + ".example", "1.0",
                List.of(new Product("Server X", "2." + COMPANIES.incrementAndGet(), "x86_64", "anolis-23.2",
                        new Product.TestReport(10, 0, 0)))), "paul").getId();
    }

    /** A partner listed after eligibility, verification and the committee's approval. */
    private String listedPartner() {
        String id = partnerApplied();
        complete("olivia", id, TaskKind.PARTNER_ELIGIBILITY, "ACCEPT", null);
        complete("olivia", id, TaskKind.TECHNICAL_VERIFICATION, "ACCEPT", null);
        for (String member : votes.latest(PartnerApplication.CASE_TYPE, id).orElseThrow().eligible()) {
            ballots.cast(PartnerApplication.CASE_TYPE, id, member, BallotChoice.APPROVE, null);
        }
        engine.passTime(id, Duration.ofHours(72));
        String partnerId = applications.find(id).orElseThrow().getPartnerId();
        assertThat(partnerId).as("the application %s was approved and listed", id).isNotNull();
        return partnerId;
    }

    private static SigProposalForm sigForm(String name, List<String> chairs, List<String> techLeads) {
        return new SigProposalForm(name, "Access Matrix", "Proves who may do what.", "Access rules", null, chairs,
                techLeads, chairs.get(0), "BIWEEKLY", null, List.of(name + "/runtime"));
    }

    private Map<String, Object> projectBody(String name) {
        return ProjectProposalBodies.valid(name, sponsor());
    }

    private static Map<String, Object> partnerBody(String company) {
        return PartnerApplicationBodies.valid(company);
    }

    private static String company() {
        return "Matrix Systems " + COMPANIES.incrementAndGet() + " " + (System.nanoTime() % 100_000);
    }

    private static String slug(String company) {
        return company.toLowerCase().replace(' ', '-');
    }

    /** A person of this test's own, created once per database and put (back) in their group. */
    private void person(String id, String firstName, String organization, String group) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName("Matrix");
            user.setEmail(id + "@example.org");
            user.setPassword(Api.PASSWORD);
            DemoPasswords.save(identityService, user);
            identityService.setUserInfo(id, "organization", organization);
        }
        if (group != null && identityService.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
            identityService.createMembership(id, group);
        }
    }
}
