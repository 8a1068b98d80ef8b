package org.openanolis.governance.election.web;

import java.util.regex.Pattern;

import org.openanolis.governance.election.ElectionForm;

import lombok.Getter;
import lombok.Setter;

/**
 * The form that opens an election, exactly as typed. The dates come from {@code <input type="datetime-local">},
 * which sends a local date-time without a zone ({@code 2027-01-15T09:00}): the page says they are UTC, so they are
 * read as UTC; a full ISO-8601 date-time with an offset is taken as it is, and anything else goes to the service as
 * typed, which names it as no date-time.
 */
@Getter
@Setter
public class ElectionInput {

    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

    private String title;
    private String seats;
    private String maxPerOrganization;
    private String nominationOpens;
    private String votingOpens;
    private String votingCloses;
    private String termStarts;

    ElectionForm toForm() {
        return new ElectionForm(title, Numbers.typed(seats), Numbers.typed(maxPerOrganization), utc(nominationOpens),
                utc(votingOpens), utc(votingCloses), utc(termStarts));
    }

    static String utc(String typed) {
        if (typed == null) {
            return null;
        }
        String text = typed.strip();
        if (!LOCAL.matcher(text).matches()) {
            return typed;
        }
        return text.length() == "2027-01-15T09:00".length() ? text + ":00Z" : text + "Z";
    }
}
