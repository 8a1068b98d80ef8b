package org.openanolis.governance.election.tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The ballot notation of the literature, so the worked examples read as they are published. */
final class Notation {

    private Notation() {
    }

    /** "A>B=C>D": A first, B and C tied second, D third; "" is a blank ballot. */
    static Ranking ballot(String preferences) {
        if (preferences.isBlank()) {
            return Ranking.blank();
        }
        List<Set<String>> groups = new ArrayList<>();
        for (String group : preferences.split(">")) {
            groups.add(Arrays.stream(group.split("=")).map(String::strip)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
        return new Ranking(groups);
    }

    /** "5 ACBED; 3 B>A; 2 -": five ballots A > C > B > E > D (one letter per candidate), three B > A, two blank. */
    static List<Ranking> ballots(String profile) {
        List<Ranking> ballots = new ArrayList<>();
        for (String line : profile.split(";")) {
            String[] parts = line.strip().split(" ", 2);
            int times = Integer.parseInt(parts[0]);
            String preferences = parts[1].strip();
            Ranking ballot = preferences.equals("-") ? Ranking.blank()
                    : preferences.contains(">") || preferences.contains("=") ? ballot(preferences)
                    : Ranking.strict(preferences.split(""));
            for (int i = 0; i < times; i++) {
                ballots.add(ballot);
            }
        }
        return ballots;
    }

    /** Candidates without an organization. */
    static List<Contender> candidates(String... ids) {
        return Arrays.stream(ids).map(id -> new Contender(id, null)).toList();
    }
}
