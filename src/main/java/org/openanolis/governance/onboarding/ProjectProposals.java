package org.openanolis.governance.onboarding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseIntake;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.onboarding.process.ProjectOnboardingProcess;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.sig.SigHealth;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.TaskDecision;
import org.openanolis.governance.task.TaskKind;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
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
public class ProjectProposals implements CaseIntake<ProjectProposal, ProjectProposalForm> {

    /**
     * Where a proposal can be turned down before the vote: the timeline's event, which is also the step the mail
     * names (message {@code mail.code.step.<event>}, in each recipient's language).
     */
    private static final Map<TaskKind, String> REJECTION_STEPS = Map.of(
            TaskKind.LEGAL_REVIEW, "REJECTED_IN_LEGAL_REVIEW",
            TaskKind.SIG_ENDORSEMENT, "ENDORSEMENT_DECLINED",
            TaskKind.TECHNICAL_DUE_DILIGENCE, "REJECTED_IN_TECHNICAL_DUE_DILIGENCE",
            TaskKind.LEGAL_DUE_DILIGENCE, "REJECTED_IN_LEGAL_DUE_DILIGENCE");

    private final CaseKind<ProjectProposal> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final ProjectProposalRepository proposals;
    private final ProjectProposalValidator validator;
    private final ProjectDirectory directory;
    private final SigDirectory sigs;
    private final SigHealth health;
    private final GovernanceProperties properties;

    @Transactional
    @Override
    public ProjectProposal submit(ProjectProposalForm form, String proposer) {
        checkValid(form, proposer);
        boolean licenseAllowed = properties.project().allows(form.license());
        String license = form.license().strip();
        ProjectProfile profile = new ProjectProfile(form.name(), form.summary(), form.description(),
                form.repositoryUrl(), form.website(), license,
                sigs.find(form.sponsorSig()).map(Sig::name).orElse(form.sponsorSig()),
                List.copyOf(form.maintainersOrEmpty()), form.securityContact(), form.codeOfConductUrl(),
                form.originOrganization().strip());
        ProjectProposalStatus first = licenseAllowed ? ProjectProposalStatus.SIG_ENDORSEMENT
                : ProjectProposalStatus.LEGAL_REVIEW;
        return lifecycle.open(kind, proposer, now -> new ProjectProposal(CaseHeader.opened(proposer, first, now), profile),
                licenseAllowed ? null : "License " + license + " needs a legal review",
                NoticeType.PROJECT_RECEIPT, Map.of(ProjectOnboardingProcess.PROPOSER, proposer,
                        ProjectOnboardingProcess.LICENSE_ALLOWED, licenseAllowed));
    }

    public Optional<ProjectProposal> find(String id) {
        return proposals.find(id);
    }

    /** Every proposal this person made, the newest first. */
    public List<ProjectProposal> proposedBy(String proposer) {
        return proposals.proposedBy(proposer);
    }

    // ---- steps of project-onboarding.bpmn, called by its delegates and expression beans ----

    /** Who may endorse: the chairs of the sponsoring SIG, as long as it is ACTIVE. */
    public List<String> endorsers(String id) {
        return sigs.find(kind.find(id).getDetails().sponsorSig()).map(Sig::chairs).orElse(List.of());
    }

    public void acceptLicense(String id, TaskDecision decision) {
        lifecycle.step(kind, id, ProjectProposal::acceptLicense, "LICENSE_ACCEPTED", decision);
    }

    /**
     * Legal review, the sponsoring SIG (or the chair in its place) or due diligence turned the proposal
     * down; {@code task} names which did (the chair's escalated endorsement shares the SIG's).
     */
    public void reject(String id, TaskKind task, TaskDecision decision) {
        String step = REJECTION_STEPS.get(task);
        if (step == null) {
            throw new IllegalArgumentException("No rejection at " + task);
        }
        ProjectProposal p = lifecycle.step(kind, id, ProjectProposal::reject, step, decision);
        if (task == TaskKind.SIG_ENDORSEMENT) {
            health.sponsoredProjectActivity(p.getDetails().sponsorSig(), decision.actor(),
                    TimelineComment.of("declined-to-sponsor", p.caseName()));
        }
        mail.toPeople(p, NoticeType.PROJECT_REJECTED, List.of(p.getProposer()),
                Map.of("step", step, "comment", decision.comment() == null ? "" : decision.comment()));
    }

    public void escalateEndorsement(String id) {
        lifecycle.record(kind, id, "ENDORSEMENT_ESCALATED", Timeline.SYSTEM,
                TimelineComment.of("endorsement-escalated"));
    }

    public void endorse(String id, TaskDecision decision) {
        ProjectProposal p = lifecycle.step(kind, id, ProjectProposal::endorse, "ENDORSED", decision);
        health.sponsoredProjectActivity(p.getDetails().sponsorSig(), decision.actor(),
                TimelineComment.of("endorsed", p.caseName()));
    }

    public void passDueDiligence(String id) {
        lifecycle.step(kind, id, ProjectProposal::passDueDiligence, "DUE_DILIGENCE_PASSED", Timeline.SYSTEM, null);
    }

    public void remindAgreement(String id) {
        lifecycle.remindProposer(kind, id, p -> p.getStatus() == ProjectProposalStatus.AGREEMENT_PENDING,
                "AGREEMENT_REMINDER", NoticeType.AGREEMENT_REMINDER);
    }

    public void confirmAgreement(String id, String actor) {
        lifecycle.step(kind, id, ProjectProposal::confirmAgreement, "AGREEMENT_SIGNED", actor, null);
    }

    public void checklistOverdue(String id) {
        lifecycle.remindChair(kind, id, p -> p.getStatus() == ProjectProposalStatus.ONBOARDING, "CHECKLIST_OVERDUE",
                NoticeType.CHECKLIST_OVERDUE);
    }

    /** The checklist is complete: the project enters the directory as SANDBOX and is announced. */
    public void accept(String id) {
        ProjectProposal p = lifecycle.step(kind, id, ProjectProposal::accept, "ACCEPTED", Timeline.SYSTEM,
                "Listed as a SANDBOX project");
        directory.list(p, p.getUpdatedAt());
        mail.announce(p, NoticeType.PROJECT_ACCEPTED, p.getDetails().maintainers());
    }

    public void expire(String id) {
        lifecycle.expire(kind, id, ProjectProposal::expire);
    }

    private void checkValid(ProjectProposalForm form, String proposer) {
        validator.check(form, proposer).orRefuse(Languages.text("error.project.proposal-clashes"));
    }
}
