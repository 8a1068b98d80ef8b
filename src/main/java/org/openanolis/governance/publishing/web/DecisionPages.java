package org.openanolis.governance.publishing.web;

import org.openanolis.governance.publishing.Resolution;
import org.openanolis.governance.publishing.ResolutionSearch;
import org.openanolis.governance.publishing.Resolutions;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.PortalController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * The public "Decisions" pages: the register searched by words, kind of case and year, the latest first, and one
 * resolution with its vote's record. A search that cannot be read is shown with what is wrong (400), nothing found.
 */
@PortalController
@RequiredArgsConstructor
class DecisionPages {

    private final Resolutions resolutions;

    @GetMapping("/decisions")
    String list(@RequestParam(name = ResolutionSearch.TEXT, required = false) String text,
                @RequestParam(name = ResolutionSearch.TYPE, required = false) String type,
                @RequestParam(name = ResolutionSearch.YEAR, required = false) String year,
                @RequestParam(name = PageRequest.PAGE, required = false) String page,
                Model model, HttpServletResponse response) {
        ResolutionQuery query = ResolutionQuery.read(text, type, year, page, null, resolutions);
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("kinds", resolutions.caseKinds());
        model.addAttribute("problems", query.problems());
        if (!query.problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "publishing/decisions";
        }
        model.addAttribute("results", resolutions.search(query.search(), query.page()));
        model.addAttribute("narrowed", query.search().narrows());
        return "publishing/decisions";
    }

    @GetMapping("/decisions/{number}")
    String one(@PathVariable String number, Model model) {
        Resolution resolution = resolutions.find(number)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.resolution.not-found", number)));
        model.addAttribute("resolution", resolution);
        return "publishing/decision";
    }
}
