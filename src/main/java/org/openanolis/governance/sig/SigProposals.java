package org.openanolis.governance.sig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * SIG creation (DOMAIN.md, Process 1): what proposers do over the API, and what the process asks
 * of the domain at each step. Every change locks the proposal's row, records the timeline and
 * writes its mails in one transaction.
 */
@Service
@RequiredArgsConstructor
public class SigProposals {

    private final CaseKind<SigProposal> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final SigProposalRepository proposals;
    private final SigProposalValidator validator;
    private final SigDirectory directory;
    private final GovernanceProperties properties;

    @Transactional
    public SigProposal submit(SigProposalForm form, String proposer) {
        proposals.lockNames();
        checkValid(form, null);
        return lifecycle.open(kind, proposer, now -> new SigProposal(UUID.randomUUID().toString(), form.name(),
                form.displayName(), form.mission(), form.scopeIn(), blankToNull(form.scopeOut()),
                List.copyOf(form.chairsOrEmpty()), List.copyOf(form.techLeadsOrEmpty()), form.securityContact(),
                MeetingCadence.valueOf(form.meetingCadence()), mailingListOf(form),
                List.copyOf(form.repositoriesOrEmpty()), proposer, SigStatus.TRIAGE, now, now, null),
                null, NoticeType.SUBMITTED_RECEIPT, Map.of());
    }

    @Transactional
    public SigProposal revise(String id, SigProposalForm form, String user) {
        return lifecycle.revise(kind, id, user, () -> {
            proposals.lockNames();
            checkValid(form, id);
        }, (p, at) -> p.revise(withScopeOut(form), mailingListOf(form), at));
    }

    public Optional<SigProposal> find(String id) {
        return proposals.find(id);
    }

    /** One page of the proposals (all, or those in one status), the newest first. */
    public Page<SigProposal> list(SigStatus status, PageRequest page) {
        return proposals.list(status, page);
    }


    // ---- steps of sig-creation.bpmn, called by its delegates ----

    public void accept(String id, String actor, String comment) {
        lifecycle.step(kind, id, SigProposal::accept, "ACCEPTED_FOR_VOTE", actor, comment);
    }

    public void requestChanges(String id, String actor, String comment) {
        SigProposal p = lifecycle.step(kind, id, SigProposal::requestChanges, "CHANGES_REQUESTED", actor, comment);
        mail.toProposer(p, NoticeType.CHANGES_REQUESTED, comment);
    }

    public void rejectInTriage(String id, String actor, String comment) {
        SigProposal p = lifecycle.step(kind, id, SigProposal::rejectInTriage, "REJECTED_IN_TRIAGE", actor, comment);
        mail.toProposer(p, NoticeType.REJECTED_IN_TRIAGE, comment);
    }

    public void remindToRevise(String id) {
        lifecycle.remindProposer(kind, id, p -> p.getStatus() == SigStatus.CHANGES_REQUESTED, "REVISION_REMINDER",
                NoticeType.REVISION_REMINDER);
    }

    public void expire(String id) {
        lifecycle.expire(kind, id, SigProposal::expire);
    }

    /** Provisioning confirmed: the SIG enters the directory as ACTIVE and is announced. */
    public void register(String id, String actor) {
        SigProposal p = lifecycle.step(kind, id, SigProposal::approve, "APPROVED", actor, "Registered as an ACTIVE SIG");
        directory.register(p, p.getUpdatedAt());
        mail.announce(p, NoticeType.SIG_ANNOUNCED, p.getChairs());
    }

    private void checkValid(SigProposalForm form, String exceptId) {
        SigProposalValidator.Verdict verdict = validator.check(form, exceptId);
        if (!verdict.invalid().isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(verdict.invalid());
            all.addAll(verdict.clashes());
            throw new InvalidInputException(all);
        }
        if (!verdict.clashes().isEmpty()) {
            throw new ConflictException("The proposal clashes with an ACTIVE SIG or an open proposal", verdict.clashes());
        }
    }

    private String mailingListOf(SigProposalForm form) {
        return form.mailingList() == null || form.mailingList().isBlank()
                ? form.name() + "@" + properties.mail().domain() : form.mailingList();
    }

    private static SigProposalForm withScopeOut(SigProposalForm f) {
        return new SigProposalForm(f.name(), f.displayName(), f.mission(), f.scopeIn(), blankToNull(f.scopeOut()),
                f.chairs(), f.techLeads(), f.securityContact(), f.meetingCadence(), f.mailingList(), f.repositories());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
