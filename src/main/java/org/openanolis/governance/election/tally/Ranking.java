package org.openanolis.governance.election.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A ballot's preferences: groups of equally preferred candidate ids, most preferred first. Candidates it does not
 * name rank below every named one, tied with each other (DOMAIN.md "Voting"). An empty list is a blank ballot: it
 * counts as cast but prefers nobody to anybody.
 *
 * @param groups the groups, most preferred first; a candidate id appears at most once and no group is empty
 */
public record Ranking(List<Set<String>> groups) {

    public Ranking {
        if (groups == null) {
            throw new IllegalArgumentException("A ranking needs its groups (an empty list for a blank ballot)");
        }
        Set<String> seen = new HashSet<>();
        List<Set<String>> copy = new ArrayList<>(groups.size());
        for (Set<String> group : groups) {
            if (group == null || group.isEmpty()) {
                throw new IllegalArgumentException("A ranking cannot hold an empty group: " + groups);
            }
            for (String id : group) {
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("A ranking names candidates by id, never blank: " + groups);
                }
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("A ranking names " + id + " more than once: " + groups);
                }
            }
            // Insertion order kept so a ballot reads back the way it was written.
            copy.add(Collections.unmodifiableSet(new LinkedHashSet<>(group)));
        }
        groups = List.copyOf(copy);
    }

    /** A blank ballot. */
    public static Ranking blank() {
        return new Ranking(List.of());
    }

    /** A ranking without ties: {@code strict("b", "a")} prefers b to a, and both to everyone else. */
    public static Ranking strict(String... ids) {
        return new Ranking(Arrays.stream(ids).map(Set::of).toList());
    }

    public boolean isBlank() {
        return groups.isEmpty();
    }

    /** Each named candidate's place, 1 for the most preferred group; equal places are ties. */
    public Map<String, Integer> places() {
        Map<String, Integer> places = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String id : groups.get(g)) {
                places.put(id, g + 1);
            }
        }
        return places;
    }

    /** Every candidate id the ballot names. */
    public Set<String> named() {
        return places().keySet();
    }
}
