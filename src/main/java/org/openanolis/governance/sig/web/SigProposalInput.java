package org.openanolis.governance.sig.web;

import org.openanolis.governance.portal.FormLines;
import org.openanolis.governance.sig.SigProposal;
import org.openanolis.governance.sig.SigProposalForm;

import lombok.Getter;
import lombok.Setter;

/**
 * The SIG proposal form of the portal exactly as typed, so a refused form shows every value again. The lists
 * (chairs, tech leads, repositories) are typed one per line.
 */
@Getter
@Setter
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

    /** The current values of a proposal, for its revision. */
    static SigProposalInput of(SigProposal p) {
        SigProposalInput input = new SigProposalInput();
        input.name = p.getName();
        input.displayName = p.getDisplayName();
        input.mission = p.getMission();
        input.scopeIn = p.getScopeIn();
        input.scopeOut = p.getScopeOut();
        input.chairs = FormLines.join(p.getChairs());
        input.techLeads = FormLines.join(p.getTechLeads());
        input.securityContact = p.getSecurityContact();
        input.meetingCadence = p.getMeetingCadence().name();
        input.mailingList = p.getMailingList();
        input.repositories = FormLines.join(p.getRepositories());
        return input;
    }

    SigProposalForm toForm() {
        return new SigProposalForm(name, displayName, mission, scopeIn, scopeOut, FormLines.of(chairs),
                FormLines.of(techLeads), securityContact, meetingCadence, mailingList, FormLines.of(repositories));
    }
}
