package org.openanolis.governance.system;

import java.io.IOException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives the filters the reader's language before any of them may answer: a 401 or 403 from the security filters, a
 * 413 or 429 from ours is written before Spring MVC has set the language, and {@link Languages#text} would write it in
 * English. The reader is not known yet: the language is the one chosen on this browser or asked for by it (see
 * {@link UnsignedReaderLanguage}). Spring MVC sets the reader's own for the request it answers and puts this one back
 * afterwards.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLanguageFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocaleContextHolder.setLocale(UnsignedReaderLanguage.of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
