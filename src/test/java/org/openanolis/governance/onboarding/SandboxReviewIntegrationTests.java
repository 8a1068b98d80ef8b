package org.openanolis.governance.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.support.EngineDriver;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.task.TaskView;
import org.openanolis.governance.timeline.Timeline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The yearly review of a SANDBOX project (DOMAIN.md "Life after entry", Projects), with the daily timer fired as the
 * engine would: a year after entering SANDBOX the sponsoring SIG's chairs (Quinn and Rita) get a SANDBOX_REVIEW task,
 * once; CONTINUE keeps the project for another year, PROPOSE_ARCHIVING opens its archiving case in the chair's name,
 * and 60 days without an answer tell the committee chair. The context of the other tests that move the clock by
 * months (sig/SigRetirementIntegrationTests), so that the reviews it opens meet no other test's projects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "governance.comment-period=P3D")
@ActiveProfiles({"demo", "test"})
class SandboxReviewIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ProjectArchivingRepository archivings;
    @Autowired
    private Timeline timeline;
    @LocalServerPort
    private int port;

    @Test
    void aYearInSandboxOpensOneReviewForTheSigsChairsAndContinueKeepsTheProjectAnotherYear() {
        String name = uniqueName("reviewed");
        accepted(name);

        EngineDriver.passDays(366);
        engine.runDailyTimer("projectSandboxReviews");
        List<TaskView> reviews = reviewsOf("rita", name);
        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0).title()).isEqualTo("Review the SANDBOX project " + name);
        assertThat(reviewsOf("quinn", name)).hasSize(1);
        assertThat(reviewsOf("sara", name)).as("a maintainer does not review").isEmpty();
        assertThat(Mailbox.awaitRecipients(greenMail, name, "New task: Review the SANDBOX project", 2))
                .containsOnlyKeys("quinn@example.org", "rita@example.org");
        EngineDriver.passDays(1);
        engine.runDailyTimer("projectSandboxReviews");
        assertThat(reviewsOf("rita", name)).as("one review at a time").hasSize(1);

        complete("rita", name, TaskKind.SANDBOX_REVIEW, "CONTINUE", null);
        assertThat(timeline.of("SIG", sponsor())).as("a chair's answer is the SIG's activity")
                .anyMatch(e -> e.event().equals("SPONSORED_PROJECT") && e.actor().equals("rita")
                        && e.comment().equals("Kept " + name + " in SANDBOX"));

        assertThat(directory.find(name).orElseThrow().status()).isEqualTo(ProjectStage.SANDBOX);
        assertThat(engine.instances(name)).isEmpty();
        assertThat(jdbc.sql("select outcome from project_review where project_name = :p").param("p", name)
                .query(String.class).list()).containsExactly("CONTINUE");
        EngineDriver.passDays(200);
        engine.runDailyTimer("projectSandboxReviews");
        assertThat(reviewsOf("rita", name)).as("the next review is a year after this one").isEmpty();
        EngineDriver.passDays(166);
        engine.runDailyTimer("projectSandboxReviews");
        assertThat(reviewsOf("rita", name)).hasSize(1);
    }

    @Test
    void silenceTellsTheCommitteeChairAndProposingArchivingOpensTheCase() {
        String name = uniqueName("dormant");
        accepted(name);
        EngineDriver.passDays(366);
        engine.runDailyTimer("projectSandboxReviews");

        engine.passTime(name, Duration.ofDays(60));
        assertThat(Mailbox.awaitRecipients(greenMail, name, "SANDBOX review unanswered", 1))
                .containsOnlyKeys("alice@example.org");
        assertThat(reviewsOf("quinn", name)).as("the task stays open").hasSize(1);

        assertThatThrownBy(() -> complete("quinn", name, TaskKind.SANDBOX_REVIEW, "PROPOSE_ARCHIVING", null))
                .isInstanceOf(InvalidInputException.class);
        complete("quinn", name, TaskKind.SANDBOX_REVIEW, "PROPOSE_ARCHIVING", "No release and no adopter in two years");

        ProjectArchiving archiving = archivings.findOpenNamed(name + " archiving").orElseThrow();
        try (Portal portal = new Portal(port)) {
            portal.signIn("paul");
            assertThat(portal.open("/projects/" + name).querySelector(".history").asNormalizedText())
                    .contains("Its yearly review went unanswered", "Its review proposed its archiving (Quinn Zhou (quinn))");
        }
        assertThat(archiving.getProposer()).isEqualTo("quinn");
        assertThat(archiving.getStatus()).isEqualTo(DecisionStatus.COMMENT_PERIOD);
        assertThat(archiving.getDetails().reason()).isEqualTo("No release and no adopter in two years");
    }

    private List<TaskView> reviewsOf(String user, String project) {
        return inbox.openTasksOf(user).stream()
                .filter(t -> t.kind() == TaskKind.SANDBOX_REVIEW && project.equals(t.caseId())).toList();
    }

}
