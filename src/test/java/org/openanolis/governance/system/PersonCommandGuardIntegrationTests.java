package org.openanolis.governance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.openanolis.governance.people.Groups;
import org.openanolis.governance.support.ApiScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * The engine's own guard, whatever path leads to it: a command of a person signed in to the engine who is not an
 * administrator runs only if it reads, submits a form, or claims or gives back a task for oneself. And the vote's
 * closing delegates refuse what the ballots do not allow, even to an administrator who throws the escalation.
 */
@GovernanceTest
class PersonCommandGuardIntegrationTests extends ApiScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @Autowired
    private IdentityService identity;
    @Autowired
    private TaskService tasks;
    @Autowired
    private RuntimeService runtime;

    @AfterEach
    void signOutOfTheEngine() {
        identity.clearAuthentication();
    }

    @Test
    void aPersonMayNotThrowSetAssignOrChangeAnythingThroughTheEngine() {
        String inVote = acceptedForVote(uniqueName("guard-vote"));
        String inTriage = submit(uniqueName("guard-triage"));
        Task ballot = tasks.createTaskQuery().taskId(taskId("bob", inVote, "COMMITTEE_BALLOT")).singleResult();
        String triage = taskId("olivia", inTriage, "SIG_TRIAGE");

        identity.setAuthentication("bob", List.of(Groups.STEERING_COMMITTEE));
        List<Executable> commands = List.of(
                () -> tasks.handleEscalation(ballot.getId(), "VoteDecided"),
                () -> tasks.handleBpmnError(ballot.getId(), "anything"),
                () -> tasks.complete(ballot.getId(), Map.of("ballotOutcome", "APPROVE")),
                () -> tasks.resolveTask(ballot.getId()),
                () -> tasks.setVariable(ballot.getId(), "threshold", "SIMPLE"),
                () -> tasks.setVariableLocal(ballot.getId(), "outcome", "APPROVE"),
                () -> tasks.claim(ballot.getId(), "paul"),
                () -> tasks.setAssignee(ballot.getId(), "paul"),
                () -> tasks.delegateTask(ballot.getId(), "paul"),
                () -> tasks.addCandidateUser(ballot.getId(), "paul"),
                () -> runtime.setVariable(ballot.getProcessInstanceId(), "voteId", "forged"),
                () -> runtime.signalEventReceived("anything"),
                () -> identity.saveUser(withEmail(identity.createUserQuery().userId("bob").singleResult())));
        for (Executable command : commands) {
            assertThatThrownBy(command::execute).isInstanceOf(AuthorizationException.class);
        }
        identity.clearAuthentication();

        assertThat(tasks.createTaskQuery().taskId(ballot.getId()).singleResult().getAssignee()).isEqualTo("bob");
        assertThat(runtime.getVariable(ballot.getProcessInstanceId(), "voteId")).isNotEqualTo("forged");
        assertThat(identity.createUserQuery().userId("bob").singleResult().getEmail()).isEqualTo("bob@example.org");
        assertThat(status(inVote)).isEqualTo("VOTING");

        identity.setAuthentication("olivia", List.of(Groups.COMMUNITY_OPS));
        assertThatThrownBy(() -> tasks.claim(triage, "paul")).isInstanceOf(AuthorizationException.class);
        tasks.claim(triage, "olivia");
        assertThat(tasks.createTaskQuery().taskId(triage).singleResult().getAssignee()).isEqualTo("olivia");
        tasks.claim(triage, null);
        assertThat(tasks.createTaskQuery().taskId(triage).singleResult().getAssignee()).isNull();
        tasks.claim(triage, "olivia");
        assertThatThrownBy(() -> tasks.setAssignee(triage, null)).as("assigning, even to nobody, is no claim")
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void anAdministratorsEscalationCannotCloseAVoteTheBallotsHaveNotDecided() {
        String inVote = acceptedForVote(uniqueName("guard-admin"));
        Task ballot = tasks.createTaskQuery().taskId(taskId("bob", inVote, "COMMITTEE_BALLOT")).singleResult();

        identity.setAuthentication("admin", List.of(Groups.ADMINISTRATORS));
        assertThatThrownBy(() -> tasks.handleEscalation(ballot.getId(), "VoteDecided"))
                .hasStackTraceContaining("may not close now");
        assertThatThrownBy(() -> tasks.handleEscalation(ballot.getId(), "NoQuorum"))
                .hasStackTraceContaining("may not close now");
        identity.clearAuthentication();

        assertThat(status(inVote)).isEqualTo("VOTING");
        com.fasterxml.jackson.databind.JsonNode vote = proposalAs("alice", inVote).json().path("vote");
        assertThat(vote.hasNonNull("id") && !vote.hasNonNull("closedAt") && !vote.hasNonNull("outcome"))
                .as("the vote is still open: %s", vote).isTrue();
        assertThat(tasks.createTaskQuery().taskId(ballot.getId()).count()).isEqualTo(1);
    }

    private static User withEmail(User user) {
        user.setEmail("elsewhere@example.org");
        return user;
    }
}
