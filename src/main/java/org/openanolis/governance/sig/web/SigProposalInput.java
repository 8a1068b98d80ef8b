package org.openanolis.governance.sig.web;

import org.openanolis.governance.portal.FormLines;
import org.openanolis.governance.sig.SigCharter;
import org.openanolis.governance.sig.SigProposalForm;

import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * The SIG proposal form of the portal exactly as typed, so a refused form shows every value again. The lists
 * (chairs, tech leads, repositories) are typed one per line.
 */
@Getter
@Setter
@NoArgsConstructor
@AllArgsConstructor(access = AccessLevel.PRIVATE)
public class SigProposalInput {

    private String name;
    private String displayName;
    private String mission;
    private String scopeIn;
    private String scopeOut;
    private String chairs;
    private String techLeads;
    private String securityContact;
    private String meetingCadence;
    private String mailingList;
    private String repositories;
    private String meetingWeekday;
    private String meetingTime;
    private String meetingTimeZone;
    private String meetingUrl;

    /** The current values of a proposal, for its revision. */
    static SigProposalInput of(SigCharter c) {
        return new SigProposalInput(c.name(), c.displayName(), c.mission(), c.scopeIn(), c.scopeOut(),
                FormLines.join(c.chairs()), FormLines.join(c.techLeads()), c.securityContact(),
                c.meetingCadence().name(), c.mailingList(), FormLines.join(c.repositories()),
                c.meetingWeekday() == null ? null : c.meetingWeekday().name(), c.meetingTime(), c.meetingTimeZone(),
                c.meetingUrl());
    }

    SigProposalForm toForm() {
        return new SigProposalForm(name, displayName, mission, scopeIn, scopeOut, FormLines.of(chairs),
                FormLines.of(techLeads), securityContact, meetingCadence, mailingList, FormLines.of(repositories),
                meetingWeekday, meetingTime, meetingTimeZone, meetingUrl);
    }
}
