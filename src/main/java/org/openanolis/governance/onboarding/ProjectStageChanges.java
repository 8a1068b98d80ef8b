package org.openanolis.governance.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseIntake;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.cases.CaseRevision;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigHealth;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.TaskDecision;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * A project's move to its next stage (DOMAIN.md "Life after entry", Projects): a maintainer proposes it with its
 * evidence; the sponsoring SIG endorses it (the committee chair in its place when the SIG is silent), community
 * operations check the evidence and may ask for changes, the public comments, and the committee decides, by a SIMPLE
 * vote for INCUBATING and a SUPER one for GRADUATED. Approved, the project moves, and its maturity log records it.
 */
@Service
@RequiredArgsConstructor
public class ProjectStageChanges implements CaseIntake<ProjectStageChange, StageChangeForm>,
        CaseRevision<ProjectStageChange, StageChangeForm> {

    /** The process variable its vote's threshold is chosen by: SUPER to graduate, SIMPLE otherwise. */
    public static final String TARGET_STAGE = "targetStage";

    /** The timeline's events of a rejection before the vote; the rejection mail names the step by the same code. */
    private static final String DECLINED = "ENDORSEMENT_DECLINED";
    private static final String REJECTED_IN_DUE_DILIGENCE = "REJECTED_IN_DUE_DILIGENCE";

    private final CaseKind<ProjectStageChange> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final ProjectDirectory projects;
    private final StageChangeValidator validator;
    private final SigDirectory sigs;
    private final SigHealth health;
    private final Clock clock;

    /** Who may propose is decided first where the project is known; its row stays locked. */
    @Transactional
    @Override
    public ProjectStageChange submit(StageChangeForm form, String proposer) {
        Project project = lockedProject(form.project());
        if (project != null) {
            requireProposer(project.name(), proposer);
        }
        StageChangeProposal clean = checked(form, project, null);
        return lifecycle.open(kind, proposer,
                now -> new ProjectStageChange(CaseHeader.opened(proposer, StageChangeStatus.SIG_ENDORSEMENT, now), clean),
                null, NoticeType.STAGE_CHANGE_RECEIPT, Map.of(TARGET_STAGE, clean.targetStage().name()));
    }

    /** The proposer's revised evidence, for the same project and stage; it goes back to due diligence. */
    @Transactional
    @Override
    public ProjectStageChange revise(String id, StageChangeForm form, String user) {
        AtomicReference<StageChangeProposal> revised = new AtomicReference<>();
        return lifecycle.revise(kind, id, user, () -> {
            String project = kind.find(id).getDetails().project();
            if (form.project() == null || !project.equalsIgnoreCase(form.project().strip())) {
                throw new InvalidInputException("project", Languages.text("error.field.project-must-stay", project));
            }
            revised.set(checked(form, lockedProject(project), id));
        }, (c, at) -> c.revise(revised.get(), at));
    }

    /** A maintainer of the project, while it has a next stage: SANDBOX or INCUBATING. */
    public boolean mayPropose(String project, String person) {
        return projects.find(project)
                .filter(p -> p.status() == ProjectStage.SANDBOX || p.status() == ProjectStage.INCUBATING)
                .map(p -> p.maintainers().contains(person)).orElse(false);
    }

    private void requireProposer(String project, String person) {
        if (projects.find(project).map(p -> !p.maintainers().contains(person)).orElse(true)) {
            throw new ForbiddenException(Languages.text("error.project.only-maintainer-may-change-stage", project));
        }
    }

    private Project lockedProject(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 40) {
            return null;
        }
        return projects.lockLive(name.strip()).flatMap(projects::find).orElse(null);
    }

    private StageChangeProposal checked(StageChangeForm form, Project project, String exceptId) {
        StageChangeValidator.Checked checked = validator.check(form, project, exceptId);
        checked.verdict().orRefuse(Languages.text("error.project.stage-change-already-proposed"));
        return checked.proposal();
    }

    // ---- steps of project-stage-change.bpmn, called by its delegates and expression beans ----

    /** Who may endorse: the chairs of the sponsoring SIG, as long as it is live; none, and the chair decides. */
    public List<String> endorsers(String id) {
        String project = kind.find(id).getDetails().project();
        return projects.find(project).map(Project::sponsorSig).filter(sigs::isLive).flatMap(sigs::find)
                .map(Sig::chairs).orElse(List.of());
    }

    public void endorse(String id, TaskDecision decision) {
        ProjectStageChange c = lifecycle.step(kind, id, ProjectStageChange::endorse, "ENDORSED", decision);
        sponsorActivity(c, decision.actor(), TimelineComment.of("endorsed", c.caseName()));
    }

    public void escalateEndorsement(String id) {
        lifecycle.record(kind, id, "ENDORSEMENT_ESCALATED", Timeline.SYSTEM,
                TimelineComment.of("endorsement-escalated"));
    }

    /** The sponsoring SIG (or the chair in its place) declined: the proposal ends, and the proposer is told why. */
    public void decline(String id, TaskDecision decision) {
        ProjectStageChange c = lifecycle.step(kind, id, ProjectStageChange::reject, DECLINED, decision);
        sponsorActivity(c, decision.actor(), TimelineComment.of("declined-to-endorse", c.caseName()));
        tellRejected(c, DECLINED, decision);
    }

    /** Due diligence accepted the evidence: the proposal is open for public comment until its vote. */
    public void openForComment(String id, TaskDecision decision) {
        lifecycle.step(kind, id, ProjectStageChange::openForComment, "DUE_DILIGENCE_PASSED", decision);
    }

    public void requestChanges(String id, TaskDecision decision) {
        ProjectStageChange c = lifecycle.step(kind, id, ProjectStageChange::requestChanges, "CHANGES_REQUESTED",
                decision);
        mail.toProposer(c, NoticeType.CHANGES_REQUESTED, decision.comment());
    }

    public void rejectInDueDiligence(String id, TaskDecision decision) {
        ProjectStageChange c = lifecycle.step(kind, id, ProjectStageChange::reject, REJECTED_IN_DUE_DILIGENCE,
                decision);
        tellRejected(c, REJECTED_IN_DUE_DILIGENCE, decision);
    }

    public void remindToRevise(String id) {
        lifecycle.remindProposer(kind, id, c -> c.getStatus() == StageChangeStatus.CHANGES_REQUESTED,
                "REVISION_REMINDER", NoticeType.REVISION_REMINDER);
    }

    public void expire(String id) {
        lifecycle.expire(kind, id, ProjectStageChange::expire);
    }

    /**
     * The committee approved: the project moves to the target stage, unless it left the stage before it in the
     * meantime (archived, say), and its maintainers, its SIG's chairs and the community are told.
     */
    @Transactional
    public void carryOut(String caseId) {
        ProjectStageChange c = kind.find(caseId);
        StageChangeProposal proposal = c.getDetails();
        Project project = lockedProject(proposal.project());
        ProjectStage from = proposal.targetStage() == ProjectStage.GRADUATED ? ProjectStage.INCUBATING
                : ProjectStage.SANDBOX;
        if (project == null || project.status() != from) {
            lifecycle.record(kind, caseId, "NOT_CARRIED_OUT", Timeline.SYSTEM, TimelineComment.of("project-no-longer", proposal.project(),
                    TimelineComment.word("stage." + from)));
            return;
        }
        Instant now = clock.instant();
        projects.moveTo(project.name(), proposal.targetStage(), now, caseId);
        lifecycle.record(kind, caseId, "PROJECT_STAGE_CHANGED", Timeline.SYSTEM,
                TimelineComment.of("project-is", project.name(),
                        TimelineComment.word("stage." + proposal.targetStage())));
        Set<String> told = new LinkedHashSet<>(project.maintainers());
        told.addAll(sponsorChairs(project));
        mail.announce(c, NoticeType.PROJECT_STAGE_CHANGED, told);
    }

    /** {@code step} is the timeline's event, which the mail names by message {@code notices.code.step.<step>}. */
    private void tellRejected(ProjectStageChange c, String step, TaskDecision decision) {
        mail.toPeople(c, NoticeType.STAGE_CHANGE_REJECTED, List.of(c.getProposer()),
                Map.of("step", step, "comment", decision.comment() == null ? "" : decision.comment()));
    }

    /** A sponsored project's case is activity of its SIG when one of the SIG's chairs acts on it. */
    private void sponsorActivity(ProjectStageChange c, String actor, String what) {
        projects.find(c.getDetails().project())
                .ifPresent(p -> health.sponsoredProjectActivity(p.sponsorSig(), actor, what));
    }

    private List<String> sponsorChairs(Project project) {
        return sigs.find(project.sponsorSig()).filter(s -> sigs.isLive(s.name())).map(Sig::chairs).orElse(List.of());
    }
}
