package org.openanolis.governance.election.web;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.openanolis.governance.election.Election;
import org.openanolis.governance.election.ElectionReader;
import org.openanolis.governance.election.ElectionSchedule;
import org.openanolis.governance.election.ElectionStatus;
import org.openanolis.governance.election.Elections;
import org.openanolis.governance.portal.FieldLabels;
import org.openanolis.governance.portal.FormPosts;
import org.openanolis.governance.portal.FormProblems;
import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.system.PageRequest;
import org.openanolis.governance.system.PortalController;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import lombok.RequiredArgsConstructor;

/**
 * Elections in the portal, for everyone: the list, an election's page (public, like the published decisions: the
 * forms on it are offered only to the people signed in who may post them) and "Find my ballot" in a certified
 * result; for the officers, the form that opens an election.
 */
@PortalController
@RequiredArgsConstructor
class ElectionPages {

    static final String FORM = "election/election-form";

    private final Elections elections;
    private final ElectionReader reader;
    private final ElectionPage page;
    private final FieldLabels labels;

    /** A row of the list. */
    record Row(String id, String title, ElectionStatus status, Instant nominationOpens, Instant votingOpens,
               Instant votingCloses) {
    }

    @GetMapping("/elections")
    String list(Principal principal, Model model) {
        model.addAttribute("elections", elections.list(PageRequest.LARGEST_FIRST).items().stream().map(this::row)
                .toList());
        model.addAttribute("canOpen", principal != null && elections.isOfficer(principal.getName()));
        return "election/elections";
    }

    @GetMapping("/elections/new")
    String newElection(Principal principal, Model model) {
        elections.requireOfficer(principal.getName());
        model.addAttribute("election", new ElectionInput());
        return FORM;
    }

    @PostMapping("/elections")
    ModelAndView open(@ModelAttribute("election") ElectionInput input, BindingResult result, Principal principal) {
        return FormPosts.posted(() -> "/elections/" + elections.open(input.toForm(), principal.getName()).getId(),
                problems -> showOnForm(problems, "election", result), () -> FORM);
    }

    @GetMapping("/elections/{id}")
    String election(@PathVariable String id, Principal principal, Model model) {
        return page.show(id, principal, model);
    }

    /**
     * "Find my ballot": the server hashes the typed receipt under the published key and looks for it among the
     * counted ballots. Before certification there is nothing to look in.
     */
    @PostMapping("/elections/{id}/ballot-lookup")
    ModelAndView findBallot(@PathVariable String id, @ModelAttribute("lookup") ReceiptInput input,
                            BindingResult result, Principal principal, Model model) {
        if (reader.result(id, false).isEmpty()) {
            throw new ConflictException(Languages.text("error.election.no-result", id));
        }
        Optional<String> hash = reader.ballotHashOf(id, input.getReceipt());
        if (hash.isEmpty()) {
            showOnForm(List.of(FieldProblem.of("receipt", "not-a-receipt")), "election-lookup", result);
            ModelAndView again = new ModelAndView(page.show(id, principal, model));
            again.setStatus(HttpStatus.BAD_REQUEST);
            return again;
        }
        Optional<List<Set<String>>> ballot = reader.countedBallot(id, hash.get());
        model.addAttribute("lookedUp", true);
        model.addAttribute("foundHash", hash.get());
        model.addAttribute("found", ballot.isPresent());
        model.addAttribute("foundBallot", ballot.orElse(List.of()));
        return new ModelAndView(page.show(id, principal, model));
    }

    private Row row(Election election) {
        ElectionSchedule schedule = elections.schedule(election.getId());
        return new Row(election.getId(), election.getDetails().title(), election.getStatus(),
                schedule.nominationOpens(), schedule.votingOpens(), schedule.votingCloses());
    }

    private void showOnForm(List<FieldProblem> problems, String form, BindingResult result) {
        FormProblems.reject(problems, result,
                problem -> FormProblems.labelled(problem, field -> labels.of(form, field), list -> List.of()));
    }
}
