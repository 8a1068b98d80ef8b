package org.openanolis.governance.election.tally;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order that breaks ties, published when voting opens (DOMAIN.md "Tally": SHA-256 of the election id and each
 * candidate's id). Nobody can steer it once the election id and the candidates are fixed, and anyone can recompute it:
 * candidates sorted by the lowercase hex SHA-256 of {@code electionId + "/" + candidateId} in UTF-8, first wins a tie.
 */
public final class TieBreakOrder {

    private TieBreakOrder() {
    }

    /** The candidates in tie-break order, first preferred. */
    public static List<String> of(String electionId, Collection<String> candidateIds) {
        Set<String> distinct = new HashSet<>(candidateIds);
        if (distinct.contains(null) || distinct.size() != candidateIds.size()) {
            throw new IllegalArgumentException("Each candidate once, none missing an id: " + candidateIds);
        }
        Map<String, String> digests = candidateIds.stream()
                .collect(Collectors.toMap(Function.identity(), id -> digest(electionId, id)));
        // Candidate id second only for the sake of totality: two ids with one SHA-256 will not be met in practice.
        return candidateIds.stream()
                .sorted(Comparator.comparing((String id) -> digests.get(id)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The published value for one candidate: lowercase hex SHA-256 of {@code electionId + "/" + candidateId}. */
    public static String digest(String electionId, String candidateId) {
        if (electionId == null || candidateId == null) {
            throw new IllegalArgumentException("The tie-break digest needs the election id and the candidate id");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((electionId + "/" + candidateId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
