package org.openanolis.governance.sig;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openanolis.governance.cases.CaseHeader;
import org.openanolis.governance.cases.CaseIntake;
import org.openanolis.governance.cases.CaseKind;
import org.openanolis.governance.cases.CaseLifecycle;
import org.openanolis.governance.cases.CaseMail;
import org.openanolis.governance.cases.DecisionStatus;
import org.openanolis.governance.notification.NoticeType;
import org.openanolis.governance.people.People;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.ForbiddenException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.timeline.Timeline;
import org.openanolis.governance.timeline.TimelineComment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Who leads a SIG after its creation (DOMAIN.md "Life after entry", SIGs): a chair of the SIG or the committee chair
 * proposes a change, the committee decides it by a SIMPLE vote, and the approval changes the directory; a lead may
 * also step down without a vote while the SIG keeps two chairs. Whoever leaves is kept as emeritus.
 */
@Service
@RequiredArgsConstructor
public class SigLeadership implements CaseIntake<SigLeadershipChange, LeadershipChange> {

    /** Who may propose it, when someone else tries. */
    private static final String WHO_MAY_PROPOSE = "error.sig.only-chair-may-propose-leadership-change";

    private final CaseKind<SigLeadershipChange> kind;
    private final CaseLifecycle lifecycle;
    private final CaseMail mail;
    private final SigDirectory directory;
    private final SigLeadershipChangeRepository changes;
    private final LeadershipChangeValidator validator;
    private final SigStewards stewards;
    private final Timeline timeline;
    private final People people;
    private final Clock clock;

    /**
     * Opens the change once it is checked against the SIG's leads as they are. Who may propose is decided first
     * where the SIG is known; the SIG's row stays locked, so a step-down cannot slip in between check and case.
     */
    @Transactional
    @Override
    public SigLeadershipChange submit(LeadershipChange change, String proposer) {
        String sig = stewards.lockFor(change.sig(), proposer, WHO_MAY_PROPOSE);
        validator.check(change, sig, sig == null ? null : directory.leadsOf(sig))
                .orRefuse(Languages.text("error.sig.leadership-change-already-proposed"));
        LeadershipChange clean = change.cleaned().forSig(sig);
        return lifecycle.open(kind, proposer,
                now -> new SigLeadershipChange(CaseHeader.opened(proposer, DecisionStatus.VOTING, now), clean),
                clean.reason(), NoticeType.SUBMITTED_RECEIPT, Map.of());
    }

    public boolean mayPropose(String sig, String person) {
        return stewards.mayPropose(sig, person);
    }

    /** Who may propose is checked first, also before the form is shown. */
    public void requireProposer(String sig, String person) {
        stewards.require(sig, person, WHO_MAY_PROPOSE);
    }

    /**
     * The lead leaves every role they hold in the SIG, without a vote, if the SIG keeps two chairs, also once an
     * open leadership change is carried out; otherwise 409 and a replacement must be proposed.
     */
    @Transactional
    public Sig stepDown(String sigName, String lead, String caller) {
        if (!lead.equals(caller)) {
            throw new ForbiddenException(Languages.text("error.sig.only-self-may-step-down", lead));
        }
        String sig = directory.lock(sigName)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.sig.no-active-sig", sigName)));
        Leads before = directory.leadsOf(sig);
        if (!before.contains(lead)) {
            throw new NotFoundException(Languages.text("error.sig.not-a-lead", lead, sig));
        }
        Leads after = before.without(lead);
        Optional<LeadershipChange> open = changes.openChangeOf(sig);
        if (after.chairs().size() < Leads.MIN_CHAIRS
                || open.map(change -> after.changedBy(change).chairs().size() < Leads.MIN_CHAIRS).orElse(false)) {
            throw new ConflictException(Languages.text("error.sig.too-few-chairs", sig, Leads.MIN_CHAIRS));
        }
        Instant now = clock.instant();
        directory.replaceLeads(sig, before, after, now, EmeritusLead.STEP_DOWN);
        timeline.record(SigCaseType.SIG.key(), sig, "STEPPED_DOWN", lead, null);
        mail.about(SigCaseType.SIG, sig, sig, NoticeType.SIG_LEAD_STEPPED_DOWN, leadsOf(before), true,
                Map.of("lead", people.displayName(lead)));
        return directory.find(sig).orElseThrow();
    }

    // ---- steps of sig-leadership-change.bpmn, called by its delegates ----

    /**
     * The committee approved: the directory takes the change, applied to the leads as they are now (a lead who
     * stepped down meanwhile is not removed twice), and everyone concerned, before and after, is told.
     */
    @Transactional
    public void carryOut(String caseId) {
        SigLeadershipChange c = kind.find(caseId);
        LeadershipChange change = c.getDetails();
        Optional<String> sig = directory.lock(change.sig());
        if (sig.isEmpty()) {
            lifecycle.record(kind, caseId, "NOT_CARRIED_OUT", Timeline.SYSTEM, 
                    TimelineComment.of("sig-no-longer-active", change.sig()));
            return;
        }
        Leads before = directory.leadsOf(sig.get());
        Leads after = before.changedBy(change);
        Instant now = clock.instant();
        directory.replaceLeads(sig.get(), before, after, now, caseId);
        directory.recordActivity(sig.get(), now);
        lifecycle.record(kind, caseId, "LEADERSHIP_CHANGED", Timeline.SYSTEM,
                after.techLeads().isEmpty()
                        ? TimelineComment.of("leads-now-no-tech-leads", namesOf(after.chairs()))
                        : TimelineComment.of("leads-now", namesOf(after.chairs()), namesOf(after.techLeads())));
        timeline.record(SigCaseType.SIG.key(), sig.get(), "LEADERSHIP_CHANGED", Timeline.SYSTEM, caseId);
        Set<String> concerned = leadsOf(before);
        concerned.addAll(leadsOf(after));
        mail.announce(c, NoticeType.SIG_LEADERSHIP_CHANGED, concerned);
    }

    public void expire(String caseId) {
        lifecycle.expire(kind, caseId, SigLeadershipChange::expire);
    }

    /** The people as the timeline shows them: "Name (id)", the id telling apart two of the same name. */
    private String namesOf(Collection<String> ids) {
        return String.join(", ", ids.stream().map(people::displayName).toList());
    }

    private static Set<String> leadsOf(Leads leads) {
        Set<String> all = new LinkedHashSet<>(leads.chairs());
        all.addAll(leads.techLeads());
        return all;
    }
}
