package org.openanolis.governance.sig;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseIntake;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.TextRules;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * A SIG's end (DOMAIN.md "Life after entry", SIGs): a chair of the SIG, the committee chair, or the health rule
 * proposes it with a reason and optionally an ACTIVE successor; after the public comment period the committee
 * decides by a SUPER vote. Retired, the SIG stays in the directory with its retirement, and what it owned passes to
 * the successor or is released.
 */
@Service
@RequiredArgsConstructor
public class SigRetirements implements CaseIntake<SigRetirement, RetirementProposal> {

    /** Who may propose it, when someone else tries. */
    private static final String WHO_MAY_PROPOSE = "error.sig.only-chair-may-propose-retirement";

    private final CaseKind<SigRetirement> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final SigDirectory directory;
    private final SigRetirementRepository retirements;
    private final SigStewards stewards;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** A person proposes; who may is decided first where the SIG is known, and the SIG's row stays locked. */
    @Transactional
    @Override
    public SigRetirement submit(RetirementProposal proposal, String proposer) {
        String sig = stewards.lockFor(proposal.sig(), proposer, WHO_MAY_PROPOSE);
        return open(proposal, sig, proposer);
    }

    /**
     * The health rule proposes a SIG's retirement by itself, once, after a year without activity, with its reason
     * as a {@link TimelineComment}: pages, the API and the SIG's record read it in the reader's language.
     */
    @Transactional
    public void proposeForInactivity(String sig, String reason) {
        if (directory.lock(sig).isPresent() && !retirements.openCaseNamed(caseNameOf(sig), null)) {
            open(new RetirementProposal(sig, reason, null), sig, Timeline.SYSTEM);
        }
    }

    public boolean mayPropose(String sig, String person) {
        return stewards.mayPropose(sig, person);
    }

    public void requireProposer(String sig, String person) {
        stewards.require(sig, person, WHO_MAY_PROPOSE);
    }

    // ---- steps of sig-retirement.bpmn, called by its delegates ----

    /**
     * The committee approved: the SIG is RETIRED with the reason, date, successor and this case; its repositories
     * and sponsored projects pass to the successor or are released; its leads, the proposer and the community list
     * are told.
     */
    @Transactional
    public void carryOut(String caseId) {
        SigRetirement c = kind.find(caseId);
        RetirementProposal proposal = c.getDetails();
        String sig = directory.lock(proposal.sig()).orElse(null);
        if (sig == null) {
            lifecycle.record(kind, caseId, "NOT_CARRIED_OUT", Timeline.SYSTEM, TimelineComment.of("sig-already-retired", proposal.sig()));
            return;
        }
        // Locked too, so that it cannot retire while it takes the repositories and projects over.
        String successor = proposal.successorSig() == null ? null : directory.lock(proposal.successorSig()).orElse(null);
        Instant now = clock.instant();
        Leads leads = directory.leadsOf(sig);
        List<String> repositories = directory.retire(sig, new Retirement(proposal.reason(), now, successor, caseId));
        lifecycle.record(kind, caseId, "SIG_RETIRED", Timeline.SYSTEM, successor != null
                ? TimelineComment.of("sig-retired-to", successor)
                : proposal.successorSig() == null ? TimelineComment.of("sig-retired-alone")
                : TimelineComment.of("sig-retired-successor-gone", proposal.successorSig()));
        timeline.record(SigCaseType.SIG.key(), sig, "RETIRED", Timeline.SYSTEM, caseId);
        events.publishEvent(new SigRetired(sig, successor, caseId, c.caseName(), repositories));
        Set<String> told = new LinkedHashSet<>(leads.chairs());
        told.addAll(leads.techLeads());
        if (successor != null) {
            told.addAll(directory.leadsOf(successor).chairs());
        }
        mail.announce(c, NoticeType.SIG_RETIRED, told);
    }

    public void expire(String caseId) {
        lifecycle.expire(kind, caseId, SigRetirement::expire);
    }

    private SigRetirement open(RetirementProposal proposal, String sig, String proposer) {
        List<FieldProblem> invalid = new ArrayList<>();
        if (TextRules.singleLine("sig", proposal.sig(), 40, true, invalid) && sig == null) {
            invalid.add(FieldProblem.of("sig", "not-retirable-sig"));
        }
        if (!Timeline.SYSTEM.equals(proposer)) {
            // A person's typed reason; the health rule's is a coded message (see proposeForInactivity), which carries
            // the control character no typed text may hold.
            TextRules.multiLine("reason", proposal.reason(), 4000, true, invalid);
        }
        String successor = successorOf(proposal.successorSig(), sig, invalid);
        List<FieldProblem> clashes = new ArrayList<>();
        if (invalid.isEmpty() && retirements.openCaseNamed(caseNameOf(sig), null)) {
            clashes.add(FieldProblem.of("sig", "open-retirement"));
        }
        new FormVerdict(invalid, clashes).orRefuse(Languages.text("error.sig.retirement-already-proposed"));
        RetirementProposal clean = new RetirementProposal(sig, proposal.reason(), successor);
        return lifecycle.open(kind, proposer,
                now -> new SigRetirement(CaseHeader.opened(proposer, DecisionStatus.COMMENT_PERIOD, now), clean),
                clean.reason(), NoticeType.SUBMITTED_RECEIPT, Map.of());
    }

    /** The successor as the directory spells it: an ACTIVE SIG other than the one retiring, or null for none. */
    private String successorOf(String successor, String sig, List<FieldProblem> invalid) {
        if (successor == null || successor.isBlank()) {
            return null;
        }
        if (!TextRules.singleLine("successorSig", successor, 40, false, invalid)) {
            return null;
        }
        Sig found = directory.find(successor.strip()).orElse(null);
        if (found == null || !SigState.ACTIVE.name().equals(found.status())) {
            invalid.add(FieldProblem.of("successorSig", "not-active-sig"));
            return null;
        }
        if (found.name().equals(sig)) {
            invalid.add(FieldProblem.of("successorSig", "successor-is-retiring"));
            return null;
        }
        return found.name();
    }

    private static String caseNameOf(String sig) {
        return new RetirementProposal(sig, null, null).caseName();
    }
}
