package org.openanolis.governance.system;

import java.util.Locale;
import java.util.Optional;

import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The language of a reader not known to be anyone yet: the one chosen on this browser (a cookie the portal's language
 * switch sets), or else the best match of the browser's {@code Accept-Language}, or English. The portal's locale
 * resolver puts a signed-in person's own choice before it.
 */
public final class UnsignedReaderLanguage {

    public static final String COOKIE = "governance-language";

    private UnsignedReaderLanguage() {
    }

    public static Locale of(HttpServletRequest request) {
        return cookieLanguage(request).orElseGet(() -> browserLanguage(request.getHeader("Accept-Language")));
    }

    /** The best supported match of an Accept-Language header; English when it names none or cannot be read. */
    public static Locale browserLanguage(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Languages.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                Optional<Locale> match = range.getRange().equals("*") ? Optional.empty() : Languages.of(range.getRange());
                if (match.isPresent()) {
                    return match.get();
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // A malformed header is the browser's problem, not a reason to refuse the page.
        }
        return Languages.ENGLISH;
    }

    private static Optional<Locale> cookieLanguage(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        return cookie == null ? Optional.empty() : Languages.of(cookie.getValue());
    }
}
