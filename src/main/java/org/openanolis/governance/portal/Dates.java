package org.openanolis.governance.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Instants as the pages print them. The server writes UTC into a {@code <time datetime>} element and the
 * portal's script rewrites it in the reader's own time zone; without scripts the UTC text stays, and says so.
 * Templates call it as {@code ${@dates.utc(at)}}.
 */
@Component("dates")
public class Dates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** The instant in UTC for people without scripts, or an empty string for none. */
    public String utc(Instant at) {
        return at == null ? "" : UTC.format(at);
    }

    /** The value of a {@code datetime} attribute: ISO-8601 in UTC, which the script reads. */
    public String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
