package org.openanolis.governance.election;

/**
 * The body of POST /api/elections: the title, the seats, the organization cap (the configured one when absent) and
 * the four dates as ISO-8601 date-times with an offset ({@code 2027-01-15T09:00:00Z}).
 */
public record ElectionForm(String title, Integer seats, Integer maxPerOrganization, String nominationOpens,
                           String votingOpens, String votingCloses, String termStarts) {
}
