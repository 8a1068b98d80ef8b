package org.openanolis.governance.election.tally;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * DOMAIN.md: ties are broken by a deterministic order published when voting opens, the candidates sorted by the
 * lower-case hex SHA-256 of {@code <election id>/<candidate id>} (UTF-8). Anyone can recompute it; nobody can choose
 * it once the election's id is fixed.
 */
public final class TieBreakOrder {

    private TieBreakOrder() {
    }

    public static List<String> of(String electionId, Collection<String> candidateIds) {
        return candidateIds.stream().sorted(Comparator.comparing((String id) -> digest(electionId, id))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    public static String digest(String electionId, String candidateId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((electionId + "/" + candidateId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
