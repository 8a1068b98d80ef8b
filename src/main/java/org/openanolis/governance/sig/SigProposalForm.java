package org.openanolis.governance.sig;

import java.util.List;

/**
 * What a proposer submits (and resubmits), exactly as typed: validated as a whole by
 * {@link SigProposalValidator} before anything is stored or started.
 * Also the body of POST and PUT /api/sig-proposals, so enums arrive as strings and every bad field is reported at once.
 * The meeting schedule is optional: none of its fields, or the weekday, time and time zone together (the URL optional);
 * see {@link MeetingScheduleForm} for their forms.
 */
public record SigProposalForm(String name, String displayName, String mission, String scopeIn, String scopeOut,
                              List<String> chairs, List<String> techLeads, String securityContact,
                              String meetingCadence, String mailingList, List<String> repositories,
                              String meetingWeekday, String meetingTime, String meetingTimeZone, String meetingUrl) {

    /** A proposal without a meeting schedule, as clients written before it existed send one. */
    public SigProposalForm(String name, String displayName, String mission, String scopeIn, String scopeOut,
                           List<String> chairs, List<String> techLeads, String securityContact,
                           String meetingCadence, String mailingList, List<String> repositories) {
        this(name, displayName, mission, scopeIn, scopeOut, chairs, techLeads, securityContact, meetingCadence,
                mailingList, repositories, null, null, null, null);
    }

    /** Whether the proposer gave any part of a meeting schedule. */
    public boolean hasMeetingSchedule() {
        return present(meetingWeekday) || present(meetingTime) || present(meetingTimeZone) || present(meetingUrl);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

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
