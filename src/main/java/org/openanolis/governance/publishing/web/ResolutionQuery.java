package org.openanolis.governance.publishing.web;

import java.util.ArrayList;
import java.util.List;

import org.openanolis.governance.publishing.ResolutionSearch;
import org.openanolis.governance.publishing.Resolutions;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.PageRequest;

/** A search of the register and the page asked for, read from the query parameters; every bad one listed at once. */
record ResolutionQuery(ResolutionSearch search, PageRequest page, List<FieldProblem> problems) {

    static ResolutionQuery read(String text, String type, String year, String page, String size,
                                Resolutions resolutions) {
        List<FieldProblem> problems = new ArrayList<>();
        ResolutionSearch search = ResolutionSearch.read(text, type, year, resolutions.caseTypeKeys(), problems);
        List<FieldProblem> paging = PageRequest.problems(page, size);
        problems.addAll(paging);
        return new ResolutionQuery(search, paging.isEmpty() ? PageRequest.of(page, size) : PageRequest.of(null, null),
                problems);
    }
}
