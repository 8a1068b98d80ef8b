package org.openanolis.governance.portal;

import java.security.Principal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.openanolis.governance.people.People;
import org.openanolis.governance.people.Person;
import org.openanolis.governance.system.DatabaseOutage;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.UnsignedReaderLanguage;
import org.springframework.http.ResponseCookie;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * The language of each page and each API answer: the one a signed-in person chose (kept in their profile), or else
 * the one chosen on this browser before signing in (a cookie), or else the browser's Accept-Language, or English.
 * Read once per request.
 */
@Component("localeResolver")
@RequiredArgsConstructor
class ReaderLanguage implements LocaleResolver {

    static final String COOKIE = UnsignedReaderLanguage.COOKIE;
    private static final String RESOLVED = ReaderLanguage.class.getName() + ".resolved";

    private final People people;

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Locale known) {
            return known;
        }
        Optional<Locale> chosen = profileLanguage(request);
        Locale language = chosen.orElseGet(() -> UnsignedReaderLanguage.of(request));
        if (chosen.isEmpty() && request.getUserPrincipal() instanceof OAuth2AuthenticationToken provider) {
            // Someone the community's provider signed in, who never chose: the language they first read the portal
            // in becomes theirs, so that their mails follow it.
            keepFirstLanguage(provider.getName(), language);
        }
        request.setAttribute(RESOLVED, language);
        return language;
    }

    /** Keeps the choice on this browser and, for a signed-in person, in their profile, so their mails follow it. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale language = Languages.supported(locale);
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            people.chooseLanguage(principal.getName(), Languages.tag(language));
        }
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, Languages.tag(language))
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(Duration.ofDays(365)).httpOnly(true).sameSite("Lax").secure(request.isSecure())
                .build().toString());
        request.setAttribute(RESOLVED, language);
    }

    /**
     * The signed-in person's choice. While the database is away their profile cannot be read: the page (a 503 that
     * says so) is then shown in the browser's language rather than not at all.
     */
    private Optional<Locale> profileLanguage(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return people.find(principal.getName()).map(Person::language).flatMap(Languages::of);
        } catch (RuntimeException e) {
            if (DatabaseOutage.explains(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void keepFirstLanguage(String person, Locale language) {
        try {
            people.keepFirstLanguage(person, language);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                throw e;
            }
        }
    }
}
