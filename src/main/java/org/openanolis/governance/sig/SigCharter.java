package org.openanolis.governance.sig;

import java.time.DayOfWeek;
import java.util.List;

import org.openanolis.governance.cases.CaseDetails;

/**
 * The SIG a proposal would create, as its proposer last submitted it: checked, typed, and replaced whole by a
 * revision. Its meeting schedule (weekday, time {@code HH:mm}, IANA time zone, URL) is optional: all null when the
 * proposer left it for the chairs to set once the SIG exists; the URL may be null on its own.
 */
public record SigCharter(String name, String displayName, String mission, String scopeIn, String scopeOut,
                         List<String> chairs, List<String> techLeads, String securityContact,
                         MeetingCadence meetingCadence, String mailingList, List<String> repositories,
                         DayOfWeek meetingWeekday, String meetingTime, String meetingTimeZone, String meetingUrl)
        implements CaseDetails {

    @Override
    public String caseName() {
        return name;
    }
}
