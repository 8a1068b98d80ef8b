package org.openanolis.governance.task.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openanolis.governance.onboarding.ProjectProposal;
import org.openanolis.governance.onboarding.ProjectProposalStatus;
import org.openanolis.governance.onboarding.ProjectScenario;
import org.openanolis.governance.support.GovernanceTest;
import org.openanolis.governance.support.Mailbox;
import org.openanolis.governance.support.Portal;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.task.TaskView;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.icegreen.greenmail.junit5.GreenMailExtension;

/** The task pages of project onboarding: every kind of its tasks offers exactly its outcomes, and completes from the page. */
@GovernanceTest
class ProjectTaskPagesIntegrationTests extends ProjectScenario {

    @RegisterExtension
    static GreenMailExtension greenMail = Mailbox.server();

    @LocalServerPort
    int port;

    private final List<Portal> portals = new ArrayList<>();

    @AfterEach
    void closePortals() {
        portals.forEach(Portal::close);
        portals.clear();
    }

    private Portal signedIn(String user) {
        Portal portal = new Portal(port);
        portals.add(portal);
        portal.signIn(user);
        return portal;
    }

    private HtmlPage taskPage(Portal portal, String user, ProjectProposal p, TaskKind kind) {
        HtmlPage page = portal.open("/tasks/" + task(user, p.getId(), kind).id());
        assertThat(page.getWebResponse().getStatusCode()).as("%s", page.asNormalizedText()).isEqualTo(200);
        assertThat(page.getAnchorByHref("/project-proposals/" + p.getId()).asNormalizedText()).isEqualTo(p.caseName());
        return page;
    }

    @Test
    void aChairEndorsesFromTheirInboxAndADeclineNeedsAReason() {
        ProjectProposal p = propose(uniqueName("pages-endorse"));
        Portal quinn = signedIn("quinn");
        assertThat(quinn.open("/tasks").asNormalizedText()).contains("Endorse " + p.caseName());

        HtmlPage page = taskPage(quinn, "quinn", p, TaskKind.SIG_ENDORSEMENT);
        assertThat(TaskForm.outcomes(page)).containsExactly("ENDORSE", "DECLINE");
        assertThat(TaskForm.labels(page)).containsExactly("Endorse", "Decline");
        assertThat(page.getElementById("instructions").asNormalizedText()).contains("decide whether your SIG endorses the project");

        HtmlPage refused = TaskForm.complete(quinn, page, "DECLINE", "");
        assertThat(TaskForm.errorSummary(refused)).containsExactly("Say why: \u201cDecline\u201d needs a comment.");
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.SIG_ENDORSEMENT);

        HtmlPage done = TaskForm.complete(quinn, refused, "ENDORSE", null);
        assertThat(done.asNormalizedText()).contains("Task completed: Endorse " + p.caseName() + ".");
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.DUE_DILIGENCE);
    }

    @Test
    void theDueDiligenceReviewsAndTheLegalReviewOfferAcceptOrReject() {
        ProjectProposal endorsed = endorsed(uniqueName("pages-diligence"));
        ProjectProposal unusual = proposals.submit(form(uniqueName("pages-license"), "SSPL-1.0", "Community Foundation",
                List.of("quinn", "rita")), "paul");
        Portal olivia = signedIn("olivia");

        for (TaskKind kind : List.of(TaskKind.TECHNICAL_DUE_DILIGENCE, TaskKind.LEGAL_DUE_DILIGENCE)) {
            HtmlPage page = taskPage(olivia, "olivia", endorsed, kind);
            assertThat(TaskForm.outcomes(page)).as("%s", kind).containsExactly("ACCEPT", "REJECT");
            assertThat(TaskForm.labels(page)).as("%s", kind).containsExactly("Accept", "Reject");
        }
        HtmlPage legal = taskPage(olivia, "olivia", unusual, TaskKind.LEGAL_REVIEW);
        assertThat(TaskForm.outcomes(legal)).containsExactly("ACCEPT", "REJECT");
        assertThat(TaskForm.labels(legal)).containsExactly("Accept the license", "Reject");

        TaskForm.complete(olivia, legal, "REJECT", "Not an open-source license");
        assertThat(status(unusual)).isEqualTo(ProjectProposalStatus.REJECTED);
    }

    @Test
    void theChairDecidesInASilentSigsPlace() {
        ProjectProposal p = propose(uniqueName("pages-escalation"));
        passTime(p, Duration.ofDays(15));

        HtmlPage page = taskPage(signedIn("alice"), "alice", p, TaskKind.ENDORSEMENT_ESCALATION);

        assertThat(TaskForm.outcomes(page)).containsExactly("ENDORSE", "DECLINE");
        assertThat(page.getElementById("outcome-ENDORSE-hint").asNormalizedText()).contains("silent SIG's place");
    }

    @Test
    void theApplicantConfirmsTheAgreementAndOpsTickTheChecklistItems() {
        ProjectProposal p = approved(uniqueName("pages-agreement"));
        Portal paul = signedIn("paul");

        HtmlPage agreement = taskPage(paul, "paul", p, TaskKind.AGREEMENT_CONFIRMATION);
        assertThat(TaskForm.outcomes(agreement)).containsExactly("SIGNED");
        assertThat(TaskForm.labels(agreement)).containsExactly("Signed");
        TaskForm.complete(paul, agreement, "SIGNED", null);
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.ONBOARDING);

        Portal olivia = signedIn("olivia");
        List<TaskView> items = inbox.openTasksOf("olivia").stream()
                .filter(t -> p.getId().equals(t.caseId()) && t.kind() == TaskKind.ONBOARDING_CHECKLIST_ITEM).toList();
        assertThat(items).extracting(TaskView::title).containsExactlyInAnyOrder(
                "Checklist: transfer the repository of " + p.caseName(), "Checklist: set up CI for " + p.caseName(),
                "Checklist: list on the website " + p.caseName());
        for (TaskView item : items) {
            HtmlPage page = olivia.open("/tasks/" + item.id());
            assertThat(TaskForm.text(page, "//h1")).isEqualTo(item.title());
            assertThat(TaskForm.outcomes(page)).containsExactly("DONE");
            assertThat(TaskForm.complete(olivia, page, "DONE", null).getUrl().getPath()).isEqualTo("/tasks");
        }
        assertThat(status(p)).isEqualTo(ProjectProposalStatus.ACCEPTED);
    }
}
