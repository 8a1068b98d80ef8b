package org.openanolis.governance.election.tally;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ballot's preferences: groups of equally preferred candidate ids, the most preferred first. Candidates it does
 * not name rank below every named one, tied with each other; an empty list is a blank ballot.
 */
public record Ranking(List<Set<String>> groups) {

    public Ranking {
        Set<String> seen = new HashSet<>();
        for (Set<String> group : groups) {
            if (group.isEmpty()) {
                throw new IllegalArgumentException("A ranking has no empty group");
            }
            for (String candidate : group) {
                if (!seen.add(candidate)) {
                    throw new IllegalArgumentException("A ranking names " + candidate + " twice");
                }
            }
        }
        groups = groups.stream().map(Set::copyOf).toList();
    }
}
