package org.openanolis.governance.publishing.web;

import org.openanolis.governance.publishing.Resolution;
import org.openanolis.governance.publishing.ResolutionMinutes;
import org.openanolis.governance.publishing.ResolutionSearch;
import org.openanolis.governance.publishing.Resolutions;
import org.openanolis.governance.system.InvalidInputException;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.NotFoundException;
import org.openanolis.governance.system.Page;
import org.openanolis.governance.system.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import lombok.RequiredArgsConstructor;

/**
 * The decision register in the API, public (no sign-in): a page of resolutions, the latest first, searched by words
 * of the case's name or the number ({@code q}), case type ({@code type}) and year; one resolution by its number, as
 * JSON or, with {@code Accept: text/markdown}, as minutes.
 */
@RestController
@RequestMapping("/api/public/resolutions")
@RequiredArgsConstructor
class ResolutionApi {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";

    private final Resolutions resolutions;

    @GetMapping
    Page<Resolution> list(@RequestParam(name = ResolutionSearch.TEXT, required = false) String text,
                          @RequestParam(name = ResolutionSearch.TYPE, required = false) String type,
                          @RequestParam(name = ResolutionSearch.YEAR, required = false) String year,
                          @RequestParam(name = PageRequest.PAGE, required = false) String page,
                          @RequestParam(name = PageRequest.SIZE, required = false) String size) {
        ResolutionQuery query = ResolutionQuery.read(text, type, year, page, size, resolutions);
        if (!query.problems().isEmpty()) {
            throw new InvalidInputException(query.problems());
        }
        return resolutions.search(query.search(), query.page());
    }

    @GetMapping("/{number}")
    Resolution get(@PathVariable String number) {
        return find(number);
    }

    @GetMapping(path = "/{number}", produces = MARKDOWN)
    String minutes(@PathVariable String number) {
        return ResolutionMinutes.of(find(number), Languages.current());
    }

    private Resolution find(String number) {
        return resolutions.find(number)
                .orElseThrow(() -> new NotFoundException(Languages.text("error.resolution.not-found", number)));
    }
}
