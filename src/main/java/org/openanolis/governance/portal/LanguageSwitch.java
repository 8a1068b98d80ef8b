package org.openanolis.governance.portal;

import java.util.Locale;

import org.openanolis.governance.system.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * The language switch on every page: keeps the choice and goes back to the page it was made on. Only a path on this
 * site is a way back, so the switch cannot send anyone elsewhere.
 */
@Controller
@RequiredArgsConstructor
class LanguageSwitch {

    private final LocaleResolver languages;

    @PostMapping("/language")
    RedirectView choose(@RequestParam(name = "lang", required = false) String tag,
                  @RequestParam(name = "back", required = false) String back,
                  HttpServletRequest request, HttpServletResponse response) {
        Locale language = Languages.of(tag).orElse(Languages.ENGLISH);
        languages.setLocale(request, response, language);
        // Taken as it is: a path typed into the switch is never expanded as a URI template.
        RedirectView way = new RedirectView(isLocalPath(back) ? back : "/", true);
        way.setExpandUriTemplateVariables(false);
        way.setPropagateQueryParams(false);
        return way;
    }

    /** A path of this site: starts with one slash, not two, and carries no backslash or control character. */
    static boolean isLocalPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && back.length() <= 2000
                && back.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
    }
}
