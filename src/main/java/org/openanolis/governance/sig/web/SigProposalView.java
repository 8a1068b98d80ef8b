package org.openanolis.governance.sig.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

import org.openanolis.governance.cases.CaseHistory;
import org.openanolis.governance.sig.MeetingCadence;
import org.openanolis.governance.sig.SigCharter;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigStatus;
import org.openanolis.governance.timeline.TimelineEntry;
import org.openanolis.governance.vote.VoteView;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A SIG proposal as API.md shows it: the latest vote under {@code vote}, earlier ones under {@code previousVotes}; the
 * meeting schedule's fields only when the proposer gave them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SigProposalView(String id, String name, String displayName, String mission, String scopeIn, String scopeOut,
                       List<String> chairs, List<String> techLeads, String securityContact,
                       MeetingCadence meetingCadence, DayOfWeek meetingWeekday, String meetingTime,
                       String meetingTimeZone, String meetingUrl, String mailingList, List<String> repositories,
                       String proposer,
                       SigStatus status, Instant submittedAt, Instant updatedAt, VoteView vote,
                       List<VoteView> previousVotes, List<TimelineEntry> timeline) {

    static SigProposalView of(SigProposal p, CaseHistory history) {
        SigCharter c = p.getDetails();
        return new SigProposalView(p.getId(), c.name(), c.displayName(), c.mission(), c.scopeIn(),
                c.scopeOut(), c.chairs(), c.techLeads(), c.securityContact(), c.meetingCadence(),
                c.meetingWeekday(), c.meetingTime(), c.meetingTimeZone(), c.meetingUrl(), c.mailingList(), c.repositories(), p.getProposer(), p.getStatus(), p.getSubmittedAt(),
                p.getUpdatedAt(), history.vote(), history.previousVotes(), history.timeline());
    }
}
