package org.openanolis.governance.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.onboarding.process.ProjectOnboardingProcess;
import org.openanolis.governance.sig.Sig;
import org.openanolis.governance.sig.SigDirectory;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.timeline.Timeline;
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

    private final CaseKind<ProjectProposal> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final ProjectProposalRepository proposals;
    private final ProjectProposalValidator validator;
    private final ProjectDirectory directory;
    private final SigDirectory sigs;
    private final GovernanceProperties properties;

    @Transactional
    public ProjectProposal submit(ProjectProposalForm form, String proposer) {
        checkValid(form);
        boolean licenseAllowed = properties.project().allows(form.license());
        String license = form.license().strip();
        return lifecycle.open(kind, proposer, now -> new ProjectProposal(UUID.randomUUID().toString(), form.name(),
                form.summary(), form.description(), form.repositoryUrl(), form.website(), license,
                sigs.find(form.sponsorSig()).map(Sig::name).orElse(form.sponsorSig()),
                List.copyOf(form.maintainersOrEmpty()), form.securityContact(), form.codeOfConductUrl(),
                form.originOrganization().strip(), proposer,
                licenseAllowed ? ProjectProposalStatus.SIG_ENDORSEMENT : ProjectProposalStatus.LEGAL_REVIEW, now, now,
                null), licenseAllowed ? null : "License " + license + " needs a legal review",
                NoticeType.PROJECT_RECEIPT, Map.of(ProjectOnboardingProcess.PROPOSER, proposer,
                        ProjectOnboardingProcess.LICENSE_ALLOWED, licenseAllowed));
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
        return sigs.find(kind.find(id).getSponsorSig()).map(Sig::chairs).orElse(List.of());
    }

    public void acceptLicense(String id, String actor, String comment) {
        lifecycle.step(kind, id, ProjectProposal::acceptLicense, "LICENSE_ACCEPTED", actor, comment);
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
        ProjectProposal p = lifecycle.step(kind, id, ProjectProposal::reject, step[0], actor, comment);
        mail.toPeople(p, NoticeType.PROJECT_REJECTED, List.of(p.getProposer()),
                Map.of("step", step[1], "comment", comment == null ? "" : comment));
    }

    public void escalateEndorsement(String id) {
        lifecycle.record(kind, id, "ENDORSEMENT_ESCALATED", Timeline.SYSTEM,
                "The sponsoring SIG did not answer in time; the committee chair decides in its place");
    }

    public void endorse(String id, String actor, String comment) {
        lifecycle.step(kind, id, ProjectProposal::endorse, "ENDORSED", actor, comment);
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
        mail.announce(p, NoticeType.PROJECT_ACCEPTED, p.getMaintainers());
    }

    public void expire(String id) {
        lifecycle.expire(kind, id, ProjectProposal::expire);
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
