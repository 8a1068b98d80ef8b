package org.openanolis.governance.onboarding;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.onboarding.process.ProjectOnboardingProcess;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.OpenCaseLimit;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.task.CaseTasks;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.vote.Votes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Project onboarding (DOMAIN.md, Process 2): what proposers do over the API, and what the process
 * asks of the domain at each step. Every change locks the proposal's row, records the timeline and
 * writes its mails in one transaction.
 */
@Service
@RequiredArgsConstructor
public class ProjectProposals {

    /** Where a proposal can be turned down before the vote: the timeline's event and the mail's words. */
    private static final Map<String, String[]> REJECTION_STEPS = Map.of(
            ProjectOnboardingProcess.LEGAL_REVIEW, new String[] {"REJECTED_IN_LEGAL_REVIEW", "legal review"},
            ProjectOnboardingProcess.ENDORSEMENT, new String[] {"ENDORSEMENT_DECLINED", "the sponsoring SIG's endorsement"},
            ProjectOnboardingProcess.TECHNICAL_DILIGENCE, new String[] {"REJECTED_IN_TECHNICAL_DUE_DILIGENCE", "technical due diligence"},
            ProjectOnboardingProcess.LEGAL_DILIGENCE, new String[] {"REJECTED_IN_LEGAL_DUE_DILIGENCE", "legal due diligence"});

    private final ProjectProposalRepository proposals;
    private final ProjectProposalValidator validator;
    private final ProjectDirectory directory;
    private final SigDirectory sigs;
    private final ProjectMail mail;
    private final Timeline timeline;
    private final CaseTasks caseTasks;
    private final Votes votes;
    private final RuntimeService runtimeService;
    private final GovernanceProperties properties;
    private final Clock clock;
    private final OpenCaseLimit openCases;

    @Transactional
    public ProjectProposal submit(ProjectProposalForm form, String proposer) {
        checkValid(form);
        openCases.admit(proposer);
        Instant now = clock.instant();
        boolean licenseAllowed = properties.project().allows(form.license());
        ProjectProposal p = new ProjectProposal(UUID.randomUUID().toString(), form.name(), form.summary(),
                form.description(), form.repositoryUrl(), form.website(), form.license().strip(),
                sigs.find(form.sponsorSig()).map(Sig::name).orElse(form.sponsorSig()),
                List.copyOf(form.maintainersOrEmpty()), form.securityContact(), form.codeOfConductUrl(),
                form.originOrganization().strip(), proposer,
                licenseAllowed ? ProjectProposalStatus.SIG_ENDORSEMENT : ProjectProposalStatus.LEGAL_REVIEW, now, now, null);
        proposals.insert(p);
        timeline.record(ProjectProposal.CASE_TYPE, p.getId(), "SUBMITTED", proposer,
                licenseAllowed ? null : "License " + p.getLicense() + " needs a legal review");
        mail.toProposer(p, NoticeType.PROJECT_RECEIPT, Map.of());
        String pid = runtimeService.startProcessInstanceByKey(ProjectOnboardingProcess.KEY, p.getId(), Map.of(
                ProjectOnboardingProcess.CASE_TYPE, ProjectProposal.CASE_TYPE,
                ProjectOnboardingProcess.CASE_ID, p.getId(),
                ProjectOnboardingProcess.CASE_NAME, p.getName(),
                ProjectOnboardingProcess.PROPOSER, proposer,
                ProjectOnboardingProcess.LICENSE_ALLOWED, licenseAllowed)).getId();
        p.attachProcess(pid);
        proposals.update(p);
        return p;
    }

    @Transactional
    public ProjectProposal withdraw(String id, String user, String reason) {
        votes.lockOpenVote(ProjectProposal.CASE_TYPE, id);
        ProjectProposal p = lock(id);
        if (!p.getProposer().equals(user)) {
            throw new ForbiddenException("Only the proposer may withdraw a proposal");
        }
        String cleanReason = TextRules.optionalText("reason", reason, 4000);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        p.withdraw(clock.instant());
        proposals.update(p);
        votes.cancelOpenVote(ProjectProposal.CASE_TYPE, id);
        timeline.record(ProjectProposal.CASE_TYPE, id, "WITHDRAWN", user, cleanReason);
        mail.toTaskHoldersAndProposer(p, NoticeType.WITHDRAWN, holders, cleanReason);
        runtimeService.createMessageCorrelation(ProjectOnboardingProcess.MESSAGE_WITHDRAWN)
                .processInstanceId(p.getProcessInstanceId()).correlateWithResult();
        return p;
    }

    public Optional<ProjectProposal> find(String id) {
        return proposals.find(id);
    }

    /** One page of the proposals (all, or those in one status), the newest first. */
    public Page<ProjectProposal> list(ProjectProposalStatus status, PageRequest page) {
        return proposals.list(status, page);
    }

    /** Every proposal this person made, the newest first. */
    public List<ProjectProposal> proposedBy(String proposer) {
        return proposals.proposedBy(proposer);
    }

    // ---- steps of project-onboarding.bpmn, called by its delegates and expression beans ----

    /** Who may endorse: the chairs of the sponsoring SIG, as long as it is ACTIVE. */
    public List<String> endorsers(String id) {
        ProjectProposal p = proposals.find(id).orElseThrow(() -> new NotFoundException("No project proposal " + id));
        return sigs.find(p.getSponsorSig()).map(Sig::chairs).orElse(List.of());
    }

    public void acceptLicense(String id, String actor, String comment) {
        ProjectProposal p = lock(id);
        p.acceptLicense(clock.instant());
        proposals.update(p);
        timeline.record(ProjectProposal.CASE_TYPE, id, "LICENSE_ACCEPTED", actor, comment);
    }

    /**
     * Legal review, the sponsoring SIG (or the chair in its place) or due diligence turned the proposal
     * down; {@code decision} names which, as the process's variable prefix.
     */
    public void reject(String id, String decision, String actor, String comment) {
        String[] step = REJECTION_STEPS.get(decision);
        if (step == null) {
            throw new IllegalArgumentException("No rejection at " + decision);
        }
        ProjectProposal p = lock(id);
        p.reject(clock.instant());
        proposals.update(p);
        timeline.record(ProjectProposal.CASE_TYPE, id, step[0], actor, comment);
        mail.toProposer(p, NoticeType.PROJECT_REJECTED, Map.of("step", step[1], "comment", comment == null ? "" : comment));
    }

    public void escalateEndorsement(String id) {
        timeline.record(ProjectProposal.CASE_TYPE, id, "ENDORSEMENT_ESCALATED", Timeline.SYSTEM,
                "The sponsoring SIG did not answer in time; the committee chair decides in its place");
    }

    public void endorse(String id, String actor, String comment) {
        ProjectProposal p = lock(id);
        p.endorse(clock.instant());
        proposals.update(p);
        timeline.record(ProjectProposal.CASE_TYPE, id, "ENDORSED", actor, comment);
    }

    public void passDueDiligence(String id) {
        ProjectProposal p = lock(id);
        p.passDueDiligence(clock.instant());
        proposals.update(p);
        timeline.record(ProjectProposal.CASE_TYPE, id, "DUE_DILIGENCE_PASSED", Timeline.SYSTEM, null);
    }

    public void remindAgreement(String id) {
        ProjectProposal p = lock(id);
        if (p.getStatus() == ProjectProposalStatus.AGREEMENT_PENDING) {
            timeline.record(ProjectProposal.CASE_TYPE, id, "AGREEMENT_REMINDER", Timeline.SYSTEM, null);
            mail.toProposer(p, NoticeType.AGREEMENT_REMINDER, Map.of());
        }
    }

    public void confirmAgreement(String id, String actor) {
        ProjectProposal p = lock(id);
        p.confirmAgreement(clock.instant());
        proposals.update(p);
        timeline.record(ProjectProposal.CASE_TYPE, id, "AGREEMENT_SIGNED", actor, null);
    }

    public void checklistOverdue(String id) {
        ProjectProposal p = lock(id);
        if (p.getStatus() == ProjectProposalStatus.ONBOARDING) {
            timeline.record(ProjectProposal.CASE_TYPE, id, "CHECKLIST_OVERDUE", Timeline.SYSTEM, null);
            mail.toChair(p, NoticeType.CHECKLIST_OVERDUE);
        }
    }

    /** The checklist is complete: the project enters the directory as SANDBOX and is announced. */
    public void accept(String id) {
        ProjectProposal p = lock(id);
        Instant now = clock.instant();
        p.accept(now);
        proposals.update(p);
        directory.list(p, now);
        timeline.record(ProjectProposal.CASE_TYPE, id, "ACCEPTED", Timeline.SYSTEM, "Listed as a SANDBOX project");
        mail.announce(p);
    }

    public void expire(String id) {
        ProjectProposal p = lock(id);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        p.expire(clock.instant());
        proposals.update(p);
        timeline.record(ProjectProposal.CASE_TYPE, id, "EXPIRED", Timeline.SYSTEM, null);
        mail.toTaskHoldersAndProposer(p, NoticeType.EXPIRED, holders, null);
    }

    // ---- what the committee vote tells this module ----

    void voteOpened(String id) {
        ProjectProposal p = lock(id);
        p.voteOpened(clock.instant());
        proposals.update(p);
    }

    void voteApproved(String id) {
        ProjectProposal p = lock(id);
        p.voteApproved(clock.instant());
        proposals.update(p);
    }

    void voteRejected(String id) {
        ProjectProposal p = lock(id);
        p.voteRejected(clock.instant());
        proposals.update(p);
    }

    void noQuorum(String id) {
        ProjectProposal p = lock(id);
        p.noQuorum(clock.instant());
        proposals.update(p);
    }

    private ProjectProposal lock(String id) {
        return proposals.lock(id).orElseThrow(() -> new NotFoundException("No project proposal " + id));
    }

    private void checkValid(ProjectProposalForm form) {
        ProjectProposalValidator.Verdict verdict = validator.check(form);
        if (!verdict.invalid().isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(verdict.invalid());
            all.addAll(verdict.clashes());
            throw new InvalidInputException(all);
        }
        if (!verdict.clashes().isEmpty()) {
            throw new ConflictException("The proposal clashes with an accepted project or an open proposal", verdict.clashes());
        }
    }
}
