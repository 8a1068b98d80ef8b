package org.openanolis.governance.portal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openanolis.governance.system.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private static final DateTimeFormatter UTC_CHINESE = DateTimeFormatter
            .ofPattern("yyyy年M月d日 HH:mm 'UTC'", Languages.CHINESE).withZone(ZoneOffset.UTC);

    /** The instant in UTC, in the reader's language, for people without scripts; an empty string for none. */
    public String utc(Instant at) {
        if (at == null) {
            return "";
        }
        boolean chinese = Languages.supported(LocaleContextHolder.getLocale()).equals(Languages.CHINESE);
        return (chinese ? UTC_CHINESE : UTC).format(at);
    }

    /** The value of a {@code datetime} attribute: ISO-8601 in UTC, which the script reads. */
    public String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
