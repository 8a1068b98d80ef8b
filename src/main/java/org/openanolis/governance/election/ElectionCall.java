package org.openanolis.governance.election;

import org.openanolis.governance.cases.CaseDetails;

/**
 * What an officer called the election for: its title, the seats to fill, the organization cap and the length of
 * the term (ISO-8601), as the election was opened; its dates are in its {@link ElectionSchedule}.
 */
public record ElectionCall(String title, Integer seats, Integer maxPerOrganization, String term) implements CaseDetails {

    @Override
    public String caseName() {
        return title;
    }
}
