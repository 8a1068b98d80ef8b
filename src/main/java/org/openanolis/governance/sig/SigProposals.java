package org.openanolis.governance.sig;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.RuntimeService;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.sig.process.SigCreationProcess;
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
 * SIG creation (DOMAIN.md, Process 1): what proposers do over the API, and what the process asks
 * of the domain at each step. Every change locks the proposal's row, records the timeline and
 * writes its mails in one transaction.
 */
@Service
@RequiredArgsConstructor
public class SigProposals {

    private final SigProposalRepository proposals;
    private final SigProposalValidator validator;
    private final SigDirectory directory;
    private final SigMail mail;
    private final Timeline timeline;
    private final CaseTasks caseTasks;
    private final Votes votes;
    private final RuntimeService runtimeService;
    private final GovernanceProperties properties;
    private final Clock clock;
    private final OpenCaseLimit openCases;

    @Transactional
    public SigProposal submit(SigProposalForm form, String proposer) {
        proposals.lockNames();
        checkValid(form, null);
        openCases.admit(proposer);
        Instant now = clock.instant();
        SigProposal p = new SigProposal(UUID.randomUUID().toString(), form.name(), form.displayName(), form.mission(),
                form.scopeIn(), blankToNull(form.scopeOut()), List.copyOf(form.chairsOrEmpty()),
                List.copyOf(form.techLeadsOrEmpty()), form.securityContact(), MeetingCadence.valueOf(form.meetingCadence()),
                mailingListOf(form), List.copyOf(form.repositoriesOrEmpty()), proposer, SigStatus.TRIAGE, now, now, null);
        proposals.insert(p);
        timeline.record(SigProposal.CASE_TYPE, p.getId(), "SUBMITTED", proposer, null);
        mail.toProposer(p, NoticeType.SUBMITTED_RECEIPT, null);
        String pid = runtimeService.startProcessInstanceByKey(SigCreationProcess.KEY, p.getId(), Map.of(
                SigCreationProcess.CASE_TYPE, SigProposal.CASE_TYPE,
                SigCreationProcess.CASE_ID, p.getId(),
                SigCreationProcess.CASE_NAME, p.getName())).getId();
        p.attachProcess(pid);
        proposals.update(p);
        return p;
    }

    @Transactional
    public SigProposal revise(String id, SigProposalForm form, String user) {
        SigProposal p = lock(id);
        if (!p.getProposer().equals(user)) {
            throw new ForbiddenException("Only the proposer may revise a proposal");
        }
        if (p.getStatus() != SigStatus.CHANGES_REQUESTED) {
            throw new ConflictException("A " + p.getStatus() + " proposal cannot be revised");
        }
        proposals.lockNames();
        checkValid(form, id);
        p.revise(withScopeOut(form), mailingListOf(form), clock.instant());
        proposals.update(p);
        timeline.record(SigProposal.CASE_TYPE, id, "REVISED", user, null);
        runtimeService.setVariable(p.getProcessInstanceId(), SigCreationProcess.CASE_NAME, p.getName());
        runtimeService.createMessageCorrelation(SigCreationProcess.MESSAGE_REVISED)
                .processInstanceId(p.getProcessInstanceId()).correlateWithResult();
        return p;
    }

    @Transactional
    public SigProposal withdraw(String id, String user, String reason) {
        votes.lockOpenVote(SigProposal.CASE_TYPE, id);
        SigProposal p = lock(id);
        if (!p.getProposer().equals(user)) {
            throw new ForbiddenException("Only the proposer may withdraw a proposal");
        }
        String cleanReason = TextRules.optionalText("reason", reason, 4000);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        p.withdraw(clock.instant());
        proposals.update(p);
        votes.cancelOpenVote(SigProposal.CASE_TYPE, id);
        timeline.record(SigProposal.CASE_TYPE, id, "WITHDRAWN", user, cleanReason);
        mail.toTaskHoldersAndProposer(p, NoticeType.WITHDRAWN, holders, cleanReason);
        runtimeService.createMessageCorrelation(SigCreationProcess.MESSAGE_WITHDRAWN)
                .processInstanceId(p.getProcessInstanceId()).correlateWithResult();
        return p;
    }

    public Optional<SigProposal> find(String id) {
        return proposals.find(id);
    }

    /** One page of the proposals (all, or those in one status), the newest first. */
    public Page<SigProposal> list(SigStatus status, PageRequest page) {
        return proposals.list(status, page);
    }

    /** Every proposal this person made, the newest first. */
    public List<SigProposal> proposedBy(String proposer) {
        return proposals.proposedBy(proposer);
    }

    // ---- steps of sig-creation.bpmn, called by its delegates ----

    public void accept(String id, String actor, String comment) {
        SigProposal p = lock(id);
        p.accept(clock.instant());
        proposals.update(p);
        timeline.record(SigProposal.CASE_TYPE, id, "ACCEPTED_FOR_VOTE", actor, comment);
    }

    public void requestChanges(String id, String actor, String comment) {
        SigProposal p = lock(id);
        p.requestChanges(clock.instant());
        proposals.update(p);
        timeline.record(SigProposal.CASE_TYPE, id, "CHANGES_REQUESTED", actor, comment);
        mail.toProposer(p, NoticeType.CHANGES_REQUESTED, comment);
    }

    public void rejectInTriage(String id, String actor, String comment) {
        SigProposal p = lock(id);
        p.rejectInTriage(clock.instant());
        proposals.update(p);
        timeline.record(SigProposal.CASE_TYPE, id, "REJECTED_IN_TRIAGE", actor, comment);
        mail.toProposer(p, NoticeType.REJECTED_IN_TRIAGE, comment);
    }

    public void remindToRevise(String id) {
        SigProposal p = lock(id);
        if (p.getStatus() == SigStatus.CHANGES_REQUESTED) {
            timeline.record(SigProposal.CASE_TYPE, id, "REVISION_REMINDER", Timeline.SYSTEM, null);
            mail.toProposer(p, NoticeType.REVISION_REMINDER, null);
        }
    }

    public void expire(String id) {
        SigProposal p = lock(id);
        Set<String> holders = caseTasks.holdersOfOpenTasks(id);
        p.expire(clock.instant());
        proposals.update(p);
        timeline.record(SigProposal.CASE_TYPE, id, "EXPIRED", Timeline.SYSTEM, null);
        mail.toTaskHoldersAndProposer(p, NoticeType.EXPIRED, holders, null);
    }

    /** Provisioning confirmed: the SIG enters the directory as ACTIVE and is announced. */
    public void register(String id, String actor) {
        SigProposal p = lock(id);
        Instant now = clock.instant();
        p.approve(now);
        proposals.update(p);
        directory.register(p, now);
        timeline.record(SigProposal.CASE_TYPE, id, "APPROVED", actor, "Registered as an ACTIVE SIG");
        mail.announce(p);
    }

    // ---- what the committee vote tells this module ----

    void voteOpened(String id) {
        move(id, SigProposal::voteOpened);
    }

    void voteApproved(String id) {
        move(id, SigProposal::voteApproved);
    }

    void voteRejected(String id) {
        move(id, SigProposal::voteRejected);
    }

    void noQuorum(String id) {
        move(id, SigProposal::noQuorum);
    }

    /** A status change with nothing else to it: lock, move, store. */
    private void move(String id, BiConsumer<SigProposal, Instant> transition) {
        SigProposal p = lock(id);
        transition.accept(p, clock.instant());
        proposals.update(p);
    }

    private SigProposal lock(String id) {
        return proposals.lock(id).orElseThrow(() -> new NotFoundException("No SIG proposal " + id));
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
