package org.openanolis.governance.election;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.openanolis.governance.system.ConflictException;
import org.openanolis.governance.system.FieldProblem;
import org.openanolis.governance.system.FormVerdict;
import org.openanolis.governance.system.Languages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lombok.RequiredArgsConstructor;

/**
 * Casting a ballot (DOMAIN.md "Elections"): the ranks are checked against the candidates fixed when voting opened,
 * then the {@link BallotBox} keeps the ballot secret. The engine takes no part: a ballot is no task, so thousands
 * cast at once do not contend for the process instance.
 */
@Service
@RequiredArgsConstructor
public class Voting {

    private final Elections elections;
    private final BallotBox ballots;
    private final ElectionSchedules schedules;

    @Transactional
    public CastBallot cast(String electionId, BallotForm form, String voter) {
        // Before the ranks: until voting opens there are no candidates to rank, and "not a candidate" would mislead.
        if (elections.find(electionId).getStatus() != ElectionStatus.VOTING) {
            throw new ConflictException(Languages.text("error.election.not-voting"));
        }
        List<String> candidates = schedules.of(electionId).tieBreakOrder();
        List<Set<String>> ranking = ranking(form.ranks() == null ? Map.of() : form.ranks(), candidates);
        try {
            Receipt receipt = ballots.cast(electionId, voter, ranking, form.receipt());
            return new CastBallot(receipt.shown(), schedules.keys(electionId).ballotHash(receipt));
        } catch (DataIntegrityViolationException twoFirstBallotsAtOnce) {
            // Cannot happen while casts hold the voter's row; kept as a refusal rather than a 500 should it ever.
            throw new ConflictException(Languages.text("error.election.voted-already"));
        }
    }

    @Transactional(readOnly = true)
    public boolean hasVoted(String electionId, String voter) {
        return ballots.hasVoted(electionId, voter);
    }

    /** The ranks as groups of equal preference, best first; every problem listed, by candidate. */
    static List<Set<String>> ranking(Map<String, Integer> ranks, List<String> candidates) {
        List<FieldProblem> invalid = new ArrayList<>();
        TreeMap<Integer, Set<String>> groups = new TreeMap<>();
        ranks.forEach((candidate, rank) -> {
            String field = "ranks." + candidate;
            if (!candidates.contains(candidate)) {
                invalid.add(FieldProblem.of(field, "not-candidate"));
            } else if (rank == null || rank < 1 || rank > candidates.size()) {
                invalid.add(FieldProblem.of(field, "whole-number", candidates.size()));
            } else {
                groups.computeIfAbsent(rank, r -> new LinkedHashSet<>()).add(candidate);
            }
        });
        new FormVerdict(invalid, List.of()).orRefuse(null);
        return List.copyOf(groups.values());
    }
}
