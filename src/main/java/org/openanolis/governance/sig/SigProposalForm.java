package org.openanolis.governance.sig;

import java.util.List;

/**
 * What a proposer submits (and resubmits), exactly as typed: validated as a whole by
 * {@link SigProposalValidator} before anything is stored or started.
 * Also the body of POST and PUT /api/sig-proposals, so enums arrive as strings and every bad field is reported at once.
 */
public record SigProposalForm(String name, String displayName, String mission, String scopeIn, String scopeOut,
                              List<String> chairs, List<String> techLeads, String securityContact,
                              String meetingCadence, String mailingList, List<String> repositories) {

    public List<String> chairsOrEmpty() {
        return chairs == null ? List.of() : chairs;
    }

    public List<String> techLeadsOrEmpty() {
        return techLeads == null ? List.of() : techLeads;
    }

    public List<String> repositoriesOrEmpty() {
        return repositories == null ? List.of() : repositories;
    }
}
