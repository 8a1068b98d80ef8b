package org.openanolis.governance.election.web;

import java.security.Principal;
import java.util.List;

import org.openanolis.governance.election.CastBallot;
import org.openanolis.governance.election.Elections;
import org.openanolis.governance.election.Nominations;
import org.openanolis.governance.election.Voting;
import org.openanolis.governance.people.People;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.portal.SeeOther;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.PortalController;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/**
 * What signed-in people do on an election's page: nominate, accept, endorse, ask for an exception to the roll, cast
 * the ranked ballot, and (the officer who opened it) cancel it. A refused form comes back on the page with each problem next to its field and everything
 * typed or chosen kept. A cast ballot's receipt is shown on the answer to the post itself, that once: it is in no
 * redirect, no session and no log, and the answer is not to be cached.
 */
@PortalController
@RequestMapping("/elections/{id}")
@RequiredArgsConstructor
class ElectionActionPages {

    static final String RECEIPT = "election/receipt";

    private final Elections elections;
    private final Nominations nominations;
    private final Voting voting;
    private final ElectionPage page;
    private final FieldLabels labels;
    private final People people;

    @PostMapping("/nominations")
    ModelAndView nominate(@PathVariable String id, @ModelAttribute("nomination") NominationInput input,
                          BindingResult result, Principal principal, Model model) {
        return FormPosts.posted(() -> {
            nominations.nominate(id, input.toForm(), principal.getName());
            return "/elections/" + id + "#candidacies";
        }, problems -> showOnForm(problems, "election-nomination", result), () -> page.show(id, principal, model));
    }

    @PostMapping("/nominations/{candidate}/acceptance")
    ModelAndView accept(@PathVariable String id, @PathVariable String candidate, Principal principal) {
        nominations.accept(id, candidate, principal.getName());
        return new ModelAndView(SeeOther.to("/elections/" + id + "#candidacies"));
    }

    @PostMapping("/nominations/{candidate}/endorsements")
    ModelAndView endorse(@PathVariable String id, @PathVariable String candidate, Principal principal) {
        nominations.endorse(id, candidate, principal.getName());
        return new ModelAndView(SeeOther.to("/elections/" + id + "#candidacies"));
    }

    @PostMapping("/exceptions")
    ModelAndView askForException(@PathVariable String id, @ModelAttribute("exception") ReasonInput input,
                                 BindingResult result, Principal principal, Model model) {
        return FormPosts.posted(() -> {
            nominations.requestException(id, input.getReason(), principal.getName());
            return "/elections/" + id + "#exception";
        }, problems -> showOnForm(problems, "election-exception", result), () -> page.show(id, principal, model));
    }

    @PostMapping("/cancellation")
    ModelAndView cancel(@PathVariable String id, @ModelAttribute("cancellation") ReasonInput input,
                        BindingResult result, Principal principal, Model model) {
        return FormPosts.posted(() -> {
            elections.cancel(id, principal.getName(), input.getReason());
            return "/elections/" + id;
        }, problems -> showOnForm(problems, "election-cancellation", result), () -> page.show(id, principal, model));
    }

    /** Casts the ballot through the service and answers the receipt on this very answer. */
    @PostMapping("/ballots")
    ModelAndView cast(@PathVariable String id, @ModelAttribute("ballot") BallotInput input, BindingResult result,
                      Principal principal, Model model, HttpServletResponse response) {
        return FormPosts.answered(() -> {
            CastBallot cast = voting.cast(id, input.toForm(), principal.getName());
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("electionId", id);
            // Switching the language leads to the election, not back to this answer, which cannot be shown again.
            model.addAttribute("pagePath", "/elections/" + id);
            model.addAttribute("receipt", cast.receipt());
            model.addAttribute("receiptHash", cast.receiptHash());
            return new ModelAndView(RECEIPT);
        }, problems -> FormProblems.reject(problems, result, this::onBallot), () -> page.show(id, principal, model));
    }

    /** A rank's problem on its candidate's select, named by the candidate; the receipt's on the receipt field. */
    private FieldProblem onBallot(FieldProblem problem) {
        String prefix = "ranks.";
        if (problem.field().startsWith(prefix)) {
            String candidate = problem.field().substring(prefix.length());
            return new FieldProblem("ranks[" + candidate + "]",
                    Languages.text("problem.labelled", people.displayName(candidate), problem.message()));
        }
        return FormProblems.labelled(problem, field -> labels.of("election-ballot", field), list -> List.of());
    }

    private void showOnForm(List<FieldProblem> problems, String form, BindingResult result) {
        FormProblems.reject(problems, result,
                problem -> FormProblems.labelled(problem, field -> labels.of(form, field), list -> List.of()));
    }
}
