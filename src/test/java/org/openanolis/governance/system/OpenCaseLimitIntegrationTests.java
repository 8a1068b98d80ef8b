package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.support.Api;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * One person may keep only so many cases open (issue 15, part 5): here 2. The next answers 409 and leaves nothing
 * behind (no row, no process, no mail); a withdrawn case frees its place. The engine's own rules are no person:
 * the health check opens every retirement that falls due, however many.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "governance.cases.max-open-per-person=2")
@ActiveProfiles({"demo", "test"})
class OpenCaseLimitIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ManagementService management;

    @Test
    void aThirdOpenCaseIsRefusedAndLeavesNothingAndAWithdrawalFreesAPlace() {
        String first = submit("rita", proposal(uniqueName("limit-one")));
        submit("rita", proposal(uniqueName("limit-two")));
        long processes = runtime.createProcessInstanceQuery().count();
        int mails = mailsQueued();

        String refusedName = uniqueName("limit-three");
        Api.Answer refused = api.as("rita").post("/api/sig-proposals", proposal(refusedName));

        assertProblem(refused, 409, "conflict");
        assertThat(refused.text()).contains("at most 2");
        assertThat(jdbc.sql("select count(*) from sig_proposal where name = ?").param(refusedName).query(Integer.class)
                .single()).isZero();
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
        assertThat(mailsQueued()).isEqualTo(mails);
        assertThat(api.as("paul").post("/api/sig-proposals", proposal(uniqueName("limit-other"))).status())
                .as("someone else's cases do not count").isEqualTo(201);

        Api.Answer withdrawn = api.as("rita").post("/api/sig-proposals/" + first + "/withdrawal",
                Map.of("reason", "Making room"));
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(200);
        assertThat(api.as("rita").post("/api/sig-proposals", proposal(refusedName)).status()).isEqualTo(201);
    }

    @Test
    void theHealthRuleIsNoPersonAndOpensEveryRetirementThatFallsDueOnOneDay() {
        List<String> quiet = List.of(activeSig("quiet-a", List.of("quinn", "rita"), List.of()),
                activeSig("quiet-b", List.of("quinn", "rita"), List.of()),
                activeSig("quiet-c", List.of("quinn", "rita"), List.of()));

        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(366))));
        Job daily = management.createJobQuery().processDefinitionKey("sigHealth").timers().singleResult();
        if (daily.getDuedate().after(ClockUtil.getCurrentTime())) {
            ClockUtil.setCurrentTime(daily.getDuedate());
        }
        management.executeJob(daily.getId());

        for (String sig : quiet) {
            assertThat(jdbc.sql("select count(*) from sig_retirement where sig = ? and proposer = 'system'")
                    .param(sig).query(Integer.class).single()).as("the retirement of %s", sig).isEqualTo(1);
        }
    }

    private int mailsQueued() {
        return jdbc.sql("select count(*) from notification").query(Integer.class).single();
    }
}
