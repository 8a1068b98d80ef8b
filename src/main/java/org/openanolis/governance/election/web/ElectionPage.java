package org.openanolis.governance.election.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.openanolis.governance.election.ElectionOverview;
import org.openanolis.governance.election.ElectionReader;
import org.openanolis.governance.election.ElectionStatus;
import org.openanolis.governance.election.Nominations;
import org.openanolis.governance.election.VoterException;
import org.openanolis.governance.election.tally.TieBreakOrder;
import org.openanolis.governance.system.Languages;
import org.openanolis.governance.task.Inbox;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import lombok.RequiredArgsConstructor;

/**
 * What an election's page shows to one reader, anonymous readers included: the call, the dates, the candidacies,
 * the result once certified (the officers see it as soon as it is counted), and only the forms the reader may post
 * in the election's present stage. The services decide again on every post; this only spares people forms that
 * would be refused.
 */
@Component
@RequiredArgsConstructor
class ElectionPage {

    static final String TEMPLATE = "election/election";

    private final ElectionReader reader;
    private final Nominations nominations;
    private final Inbox inbox;

    /** A candidate on the ballot: in the published tie-break order, with the SHA-256 digest that placed them. */
    record Candidate(String id, String organization, String digest) {

        /** The name of the candidate's select in the ranking form, as {@link BallotInput} binds it. */
        public String field() {
            return "ranks[" + id + "]";
        }
    }

    /** Fills the model of the election's page; the forms already in it (a refused post's) are kept as typed. */
    String show(String id, Principal principal, Model model) {
        String name = principal == null ? null : principal.getName();
        ElectionOverview election = reader.overview(id, name);
        ElectionOverview.Reader you = election.you();
        boolean nominating = election.status() == ElectionStatus.NOMINATING;
        boolean voting = election.status() == ElectionStatus.VOTING;
        boolean onRoll = you != null && you.onRoll();
        model.addAttribute("election", election);
        model.addAttribute("you", you);
        model.addAttribute("signedIn", name != null);
        model.addAttribute("canNominate", nominating && onRoll);
        model.addAttribute("canVote", voting && onRoll);
        // Elections.cancel decides again: the officer who opened it, until voting closes.
        model.addAttribute("canCancel", name != null && name.equalsIgnoreCase(election.officer())
                && election.status().cancellable());
        model.addAttribute("endorsable", nominating && onRoll ? endorsable(election, name) : Set.of());
        model.addAttribute("acceptable", nominating && name != null ? acceptable(election, name) : null);
        List<VoterException> requests = name == null ? List.of() : nominations.exceptions(id, name).stream()
                .filter(r -> r.person().equalsIgnoreCase(name)).toList();
        model.addAttribute("requests", requests);
        model.addAttribute("canAskException", nominating && name != null && !onRoll && !you.officer()
                && requests.stream().noneMatch(r -> VoterException.REQUESTED.equals(r.status())));
        model.addAttribute("candidates", election.tieBreakOrder().stream()
                .map(c -> new Candidate(c, organizationOf(election, c), TieBreakOrder.digest(id, c))).toList());
        model.addAttribute("rankOptions", rankOptions(election.tieBreakOrder().size()));
        model.addAttribute("tasks", name == null ? List.of()
                : inbox.openTasksOf(name).stream().filter(t -> id.equals(t.caseId())).toList());
        model.addAttribute("resultCandidates", election.result() == null ? List.of()
                : election.result().candidates().stream().map(c -> c.id()).toList());
        // The language switch leads back to the page itself, also from the answer to a refused post.
        model.addAttribute("pagePath", "/elections/" + id);
        addForm(model, "nomination", new NominationInput());
        addForm(model, "exception", new ReasonInput());
        addForm(model, "cancellation", new ReasonInput());
        addForm(model, "ballot", new BallotInput());
        addForm(model, "lookup", new ReceiptInput());
        return TEMPLATE;
    }

    /** The candidacies the voter has not endorsed yet, their own aside. */
    private static Set<String> endorsable(ElectionOverview election, String voter) {
        return election.candidacies().stream()
                .filter(c -> !c.person().equalsIgnoreCase(voter))
                .filter(c -> c.endorsements().stream().noneMatch(e -> e.endorser().equalsIgnoreCase(voter)))
                .map(ElectionOverview.CandidacyView::person).collect(Collectors.toSet());
    }

    /** The reader's own candidacy when they have not accepted it yet, else null. */
    private static String acceptable(ElectionOverview election, String person) {
        return election.candidacies().stream().filter(c -> c.person().equalsIgnoreCase(person) && !c.accepted())
                .map(ElectionOverview.CandidacyView::person).findFirst().orElse(null);
    }

    private static String organizationOf(ElectionOverview election, String candidate) {
        return election.candidacies().stream().filter(c -> c.person().equals(candidate))
                .map(ElectionOverview.CandidacyView::organization).findFirst().orElse(null);
    }

    /** "Not ranked", then 1 to the number of candidates. */
    private static Map<String, String> rankOptions(int candidates) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("", Languages.text("pages.election.ballot.not-ranked"));
        IntStream.rangeClosed(1, candidates).forEach(rank -> options.put(String.valueOf(rank), String.valueOf(rank)));
        return options;
    }

    private static void addForm(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
