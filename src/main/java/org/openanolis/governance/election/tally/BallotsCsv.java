package org.openanolis.governance.election.tally;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counted ballots as published, so anyone can recount (DOMAIN.md "Published result"). RFC 4180 CSV: a header
 * {@code receipt_hash,<candidate id>,...}, then one line per ballot with its receipt hash and, under each candidate,
 * the place the ballot gave them (1 = most preferred; equal numbers = tied; empty = not ranked), lines sorted by
 * receipt hash so the file says nothing about the order in which ballots were cast. Lines end in CRLF as the RFC
 * says; reading also takes bare LF, since files pass through editors.
 */
public final class BallotsCsv {

    static final String RECEIPT_HASH = "receipt_hash";
    private static final String LINE_END = "\r\n";
    private static final int LONGEST_PLACE = 9;

    private BallotsCsv() {
    }

    /** The candidates of a published file, in its column order, and its ballots in file order. */
    public record Parsed(List<String> candidateIds, List<CountedBallot> ballots) {

        public Parsed {
            candidateIds = List.copyOf(candidateIds);
            ballots = List.copyOf(ballots);
        }
    }

    /**
     * The CSV of these ballots, one column per candidate in the given order.
     *
     * @throws IllegalArgumentException for a candidate id twice or blank, a receipt hash twice, or a ballot ranking
     *                                  someone who is not among the candidates
     */
    public static String write(List<String> candidateIds, List<CountedBallot> ballots) {
        checkCandidates(candidateIds, "write");
        StringBuilder csv = new StringBuilder();
        csv.append(RECEIPT_HASH);
        candidateIds.forEach(id -> csv.append(',').append(quoted(id)));
        csv.append(LINE_END);
        Set<String> receipts = new HashSet<>();
        Set<String> candidates = Set.copyOf(candidateIds);
        List<CountedBallot> byReceipt = ballots.stream()
                .sorted(Comparator.comparing(CountedBallot::receiptHash)).toList();
        for (CountedBallot ballot : byReceipt) {
            if (!receipts.add(ballot.receiptHash())) {
                throw new IllegalArgumentException("Two ballots with the receipt hash " + ballot.receiptHash());
            }
            Map<String, Integer> places = ballot.ranking().places();
            if (!candidates.containsAll(places.keySet())) {
                throw new IllegalArgumentException("A ballot ranks someone who is not a candidate: " + places.keySet());
            }
            csv.append(quoted(ballot.receiptHash()));
            for (String id : candidateIds) {
                Integer place = places.get(id);
                csv.append(',').append(place == null ? "" : place.toString());
            }
            csv.append(LINE_END);
        }
        return csv.toString();
    }

    /**
     * Reads a published file back.
     *
     * @throws IllegalArgumentException naming the line, for anything that is not such a file: a bad header, a line
     *                                  with too few or too many fields, a place that is not a whole number from 1, a
     *                                  missing or repeated receipt hash, broken quoting
     */
    public static Parsed read(String csv) {
        if (csv == null) {
            throw new IllegalArgumentException("Line 1: no CSV at all");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Row> rows = new Records(text).all();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("Line 1: the header " + RECEIPT_HASH + ",<candidate id>,... is missing");
        }
        Row header = rows.get(0);
        if (!RECEIPT_HASH.equals(header.fields().get(0))) {
            throw header.problem("the header must start with " + RECEIPT_HASH);
        }
        List<String> candidateIds = header.fields().subList(1, header.fields().size());
        try {
            checkCandidates(candidateIds, "read");
        } catch (IllegalArgumentException e) {
            throw header.problem(e.getMessage());
        }
        Set<String> receipts = new HashSet<>();
        List<CountedBallot> ballots = new ArrayList<>(rows.size() - 1);
        for (Row row : rows.subList(1, rows.size())) {
            ballots.add(ballot(row, candidateIds, receipts));
        }
        return new Parsed(candidateIds, ballots);
    }

    private static CountedBallot ballot(Row row, List<String> candidateIds, Set<String> receipts) {
        List<String> fields = row.fields();
        if (fields.size() != candidateIds.size() + 1) {
            throw row.problem("expected " + (candidateIds.size() + 1) + " fields, found " + fields.size());
        }
        String receipt = fields.get(0);
        if (receipt.isBlank()) {
            throw row.problem("the receipt hash is missing");
        }
        if (!receipts.add(receipt)) {
            throw row.problem("the receipt hash " + receipt + " appears twice");
        }
        // Any increasing numbers order the groups, so 1,1,3 reads as well as 1,1,2.
        TreeMap<Integer, Set<String>> groups = new TreeMap<>();
        for (int c = 0; c < candidateIds.size(); c++) {
            String place = fields.get(c + 1);
            if (!place.isEmpty()) {
                groups.computeIfAbsent(place(place, candidateIds.get(c), row), p -> new LinkedHashSet<>())
                        .add(candidateIds.get(c));
            }
        }
        return new CountedBallot(receipt, new Ranking(new ArrayList<>(groups.values())));
    }

    private static int place(String text, String candidate, Row row) {
        boolean digits = !text.isEmpty() && text.length() <= LONGEST_PLACE
                && text.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        int place = digits ? Integer.parseInt(text) : 0;
        if (place < 1) {
            throw row.problem("the place of " + candidate + " must be a whole number from 1, not \"" + text + "\"");
        }
        return place;
    }

    private static void checkCandidates(List<String> candidateIds, String action) {
        Set<String> seen = new HashSet<>();
        for (String id : candidateIds) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("Cannot " + action + " a column without a candidate id");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Cannot " + action + " the column of " + id + " twice");
            }
        }
    }

    /** RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled. */
    static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** One record and the line it starts on, for messages a person can act on. */
    private record Row(int line, List<String> fields) {

        IllegalArgumentException problem(String what) {
            return new IllegalArgumentException("Line " + line + ": " + what);
        }
    }

    /** The records of RFC 4180 text; a quoted field may hold commas, quotes (doubled) and line breaks. */
    private static final class Records {

        private final String text;
        private int at;
        private int line = 1;

        Records(String text) {
            this.text = text;
        }

        List<Row> all() {
            List<Row> rows = new ArrayList<>();
            while (at < text.length()) {
                rows.add(record());
            }
            return rows;
        }

        private Row record() {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            while (true) {
                boolean quoted = at < text.length() && text.charAt(at) == '"';
                fields.add(quoted ? quotedField(startLine) : plainField(startLine));
                if (at >= text.length()) {
                    return new Row(startLine, fields);
                }
                char separator = text.charAt(at);
                if (separator == ',') {
                    at++;
                } else {
                    endOfLine(startLine);
                    return new Row(startLine, fields);
                }
            }
        }

        private String plainField(int startLine) {
            int start = at;
            while (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
                if (text.charAt(at) == '"') {
                    throw new IllegalArgumentException("Line " + startLine + ": a quote inside a field that is not "
                            + "quoted");
                }
                at++;
            }
            return text.substring(start, at);
        }

        private String quotedField(int startLine) {
            StringBuilder field = new StringBuilder();
            at++;
            while (true) {
                if (at >= text.length()) {
                    throw new IllegalArgumentException("Line " + startLine + ": a quoted field is never closed");
                }
                char ch = text.charAt(at++);
                if (ch == '"') {
                    if (at < text.length() && text.charAt(at) == '"') {
                        field.append('"');
                        at++;
                        continue;
                    }
                    if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
                        throw new IllegalArgumentException("Line " + startLine + ": text after a closing quote");
                    }
                    return field.toString();
                }
                if (ch == '\n') {
                    line++;
                }
                field.append(ch);
            }
        }

        private void endOfLine(int startLine) {
            if (text.charAt(at) == '\r') {
                at++;
                if (at >= text.length() || text.charAt(at) != '\n') {
                    throw new IllegalArgumentException("Line " + startLine + ": a carriage return without a line "
                            + "feed");
                }
            }
            at++;
            line++;
        }
    }
}
