package org.openanolis.governance.election.tally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The published ballots as CSV (RFC 4180), so that anyone can recount: a header {@code receipt_hash,<candidate>,...},
 * then one line per ballot, sorted by receipt hash: the hash and, under each candidate, the rank the ballot gave
 * them (1 the most preferred, equal numbers tied, empty not ranked).
 */
public final class BallotsCsv {

    static final String RECEIPT_HASH = "receipt_hash";

    /** The candidates as the header names them, and the ballots. */
    public record Parsed(List<String> candidateIds, List<CountedBallot> ballots) {
    }

    private BallotsCsv() {
    }

    public static String write(List<String> candidateIds, List<CountedBallot> ballots) {
        StringBuilder csv = new StringBuilder(RECEIPT_HASH);
        candidateIds.forEach(id -> csv.append(',').append(field(id)));
        csv.append("\r\n");
        ballots.stream().sorted(Comparator.comparing(CountedBallot::receiptHash)).forEach(ballot -> {
            csv.append(field(ballot.receiptHash()));
            List<Set<String>> groups = ballot.ranking().groups();
            for (String id : candidateIds) {
                csv.append(',');
                for (int g = 0; g < groups.size(); g++) {
                    if (groups.get(g).contains(id)) {
                        csv.append(g + 1);
                    }
                }
            }
            csv.append("\r\n");
        });
        return csv.toString();
    }

    public static Parsed read(String csv) {
        List<List<String>> rows = rows(csv);
        if (rows.isEmpty() || !RECEIPT_HASH.equals(rows.get(0).get(0))) {
            throw new IllegalArgumentException("Line 1 must start with " + RECEIPT_HASH);
        }
        List<String> candidates = rows.get(0).subList(1, rows.get(0).size());
        if (new LinkedHashSet<>(candidates).size() != candidates.size()) {
            throw new IllegalArgumentException("Line 1 names a candidate twice");
        }
        List<CountedBallot> ballots = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != candidates.size() + 1) {
                throw new IllegalArgumentException("Line " + (r + 1) + " has " + row.size() + " fields, not "
                        + (candidates.size() + 1));
            }
            Map<Integer, Set<String>> groups = new TreeMap<>();
            for (int c = 0; c < candidates.size(); c++) {
                String rank = row.get(c + 1);
                if (rank.isEmpty()) {
                    continue;
                }
                if (!rank.matches("[1-9][0-9]{0,5}")) {
                    throw new IllegalArgumentException("Line " + (r + 1) + ": rank " + rank + " is no positive number");
                }
                groups.computeIfAbsent(Integer.parseInt(rank), k -> new LinkedHashSet<>()).add(candidates.get(c));
            }
            ballots.add(new CountedBallot(row.get(0), new Ranking(List.copyOf(groups.values()))));
        }
        return new Parsed(List.copyOf(candidates), ballots);
    }

    private static String field(String value) {
        return value.matches("[^\",\r\n]*") ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                line++;
            } else if (c == '"') {
                throw new IllegalArgumentException("Line " + line + " has a quote inside an unquoted field");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Line " + line + " ends inside a quoted field");
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
