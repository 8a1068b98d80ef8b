package org.openanolis.governance.sig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseIntake;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.cases.CaseRevision;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.GovernanceProperties;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.TaskDecision;
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
public class SigProposals
        implements CaseIntake<SigProposal, SigProposalForm>, CaseRevision<SigProposal, SigProposalForm> {

    private final CaseKind<SigProposal> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final SigProposalRepository proposals;
    private final SigProposalValidator validator;
    private final SigDirectory directory;
    private final GovernanceProperties properties;

    @Transactional
    @Override
    public SigProposal submit(SigProposalForm form, String proposer) {
        proposals.lockNames();
        checkValid(form, null);
        return lifecycle.open(kind, proposer,
                now -> new SigProposal(CaseHeader.opened(proposer, SigStatus.TRIAGE, now), charterOf(form)),
                null, NoticeType.SUBMITTED_RECEIPT, Map.of());
    }

    @Transactional
    @Override
    public SigProposal revise(String id, SigProposalForm form, String user) {
        return lifecycle.revise(kind, id, user, () -> {
            proposals.lockNames();
            checkValid(form, id);
        }, (p, at) -> p.revise(charterOf(form), at));
    }

    public Optional<SigProposal> find(String id) {
        return proposals.find(id);
    }

    // ---- steps of sig-creation.bpmn, called by its delegates ----

    public void accept(String id, TaskDecision decision) {
        lifecycle.step(kind, id, SigProposal::accept, "ACCEPTED_FOR_VOTE", decision);
    }

    public void requestChanges(String id, TaskDecision decision) {
        SigProposal p = lifecycle.step(kind, id, SigProposal::requestChanges, "CHANGES_REQUESTED", decision);
        mail.toProposer(p, NoticeType.CHANGES_REQUESTED, decision.comment());
    }

    public void rejectInTriage(String id, TaskDecision decision) {
        SigProposal p = lifecycle.step(kind, id, SigProposal::rejectInTriage, "REJECTED_IN_TRIAGE", decision);
        mail.toProposer(p, NoticeType.REJECTED_IN_TRIAGE, decision.comment());
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
        mail.announce(p, NoticeType.SIG_ANNOUNCED, p.getDetails().chairs());
    }

    private void checkValid(SigProposalForm form, String exceptId) {
        validator.check(form, exceptId).orRefuse(Languages.text("error.sig.proposal-clashes"));
    }

    /**
     * The checked form as the proposal keeps it: no blank scope, the list's default address, lists never null, the
     * weekday by its constant and the other parts of a schedule as typed (checked already), null when not given.
     */
    private SigCharter charterOf(SigProposalForm form) {
        String mailingList = form.mailingList() == null || form.mailingList().isBlank()
                ? form.name() + "@" + properties.mail().domain() : form.mailingList();
        return new SigCharter(form.name(), form.displayName(), form.mission(), form.scopeIn(),
                blankToNull(form.scopeOut()), List.copyOf(form.chairsOrEmpty()), List.copyOf(form.techLeadsOrEmpty()),
                form.securityContact(), MeetingCadence.valueOf(form.meetingCadence()), mailingList,
                List.copyOf(form.repositoriesOrEmpty()),
                MeetingRules.weekday("meetingWeekday", form.meetingWeekday(), false, new ArrayList<>()).orElse(null),
                blankToNull(form.meetingTime()), blankToNull(form.meetingTimeZone()), blankToNull(form.meetingUrl() == null ? null : form.meetingUrl().strip()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
