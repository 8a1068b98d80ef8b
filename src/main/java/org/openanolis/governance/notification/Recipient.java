package org.openanolis.governance.notification;

import java.util.Locale;

import org.openanolis.governance.system.Languages;

/**
 * Someone who receives a notification.
 *
 * @param name     how the mail greets them; may be {@code null}
 * @param email    where it goes
 * @param language the language tag they chose in their profile; {@code null} for the community's default
 */
public record Recipient(String name, String email, String language) {

    public Recipient(String name, String email) {
        this(name, email, null);
    }

    /** The language their mail is written in: theirs, or else the one given. */
    Locale languageOr(Locale fallback) {
        return Languages.of(language).orElse(fallback);
    }
}
