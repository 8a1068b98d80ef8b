package org.openanolis.governance.election.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openanolis.governance.election.tally.Notation.ballot;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The published ballots: what the file looks like, that it reads back, and what it refuses. */
class BallotsCsvTests {

    private static final List<String> CANDIDATES = List.of("alice", "bob", "carol");

    @Test
    void oneLinePerBallotSortedByReceiptHashWithEachCandidatesPlace() {
        List<CountedBallot> ballots = List.of(
                new CountedBallot("ff01", ballot("carol>alice")),
                new CountedBallot("0a9c", ballot("bob=carol>alice")),
                new CountedBallot("7e3d", Ranking.blank()));

        assertThat(BallotsCsv.write(CANDIDATES, ballots)).isEqualTo("""
                receipt_hash,alice,bob,carol\r
                0a9c,2,1,1\r
                7e3d,,,\r
                ff01,2,,1\r
                """);
    }

    @Test
    void readsBackWhatItWrote() {
        List<CountedBallot> ballots = List.of(
                new CountedBallot("0a9c", ballot("bob=carol>alice")),
                new CountedBallot("7e3d", Ranking.blank()),
                new CountedBallot("ff01", ballot("carol>alice")));

        BallotsCsv.Parsed parsed = BallotsCsv.read(BallotsCsv.write(CANDIDATES, ballots));

        assertThat(parsed.candidateIds()).isEqualTo(CANDIDATES);
        assertThat(parsed.ballots()).isEqualTo(ballots);
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() {
        List<String> candidates = List.of("o'neil,jr", "say \"hi\"", "two\nlines", "plain");
        List<CountedBallot> ballots = List.of(new CountedBallot("a,1", ballot("plain>two\nlines=say \"hi\"")));

        String csv = BallotsCsv.write(candidates, ballots);

        assertThat(csv).startsWith("receipt_hash,\"o'neil,jr\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n")
                .endsWith("\"a,1\",,2,2,1\r\n");
        BallotsCsv.Parsed parsed = BallotsCsv.read(csv);
        assertThat(parsed.candidateIds()).isEqualTo(candidates);
        assertThat(parsed.ballots()).isEqualTo(ballots);
    }

    @Test
    void readsFilesThatPassedThroughAnEditor() {
        // A byte order mark, bare line feeds, no final line break, places that skip numbers, lines out of order.
        BallotsCsv.Parsed parsed = BallotsCsv.read("\uFEFFreceipt_hash,alice,bob,carol\nff01,3,1,1\n0a9c,,7,");

        assertThat(parsed.candidateIds()).isEqualTo(CANDIDATES);
        assertThat(parsed.ballots()).containsExactly(
                new CountedBallot("ff01", ballot("bob=carol>alice")),
                new CountedBallot("0a9c", ballot("bob")));
    }

    @Test
    void aFileWithoutBallotsIsJustTheHeader() {
        assertThat(BallotsCsv.write(CANDIDATES, List.of())).isEqualTo("receipt_hash,alice,bob,carol\r\n");
        assertThat(BallotsCsv.read("receipt_hash,alice,bob,carol\r\n").ballots()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        # what is wrong            | csv, '\\n' a line break            | message
          nothing at all           | ''                                 | Line 1:
          another first column     | 'receipt,a\\nr1,1'                 | Line 1: the header must start
          a candidate twice        | 'receipt_hash,a,a\\nr1,1,2'        | Line 1: Cannot read the column of a twice
          a blank candidate        | 'receipt_hash,a,\\nr1,1,2'         | Line 1: Cannot read a column without
          too few fields           | 'receipt_hash,a,b\\nr1,1,2\\nr2,1' | Line 3: expected 3 fields, found 2
          too many fields          | 'receipt_hash,a,b\\nr1,1,2,3'      | Line 2: expected 3 fields, found 4
          an empty line            | 'receipt_hash,a\\n\\nr1,1'         | Line 2: expected 2 fields, found 1
          a place of zero          | 'receipt_hash,a,b\\nr1,0,1'        | Line 2: the place of a must be a whole number
          a negative place         | 'receipt_hash,a,b\\nr1,1,-1'       | Line 2: the place of b
          not a number             | 'receipt_hash,a,b\\nr1,first,1'    | Line 2: the place of a
          a fraction               | 'receipt_hash,a,b\\nr1,1.5,1'      | Line 2: the place of a
          too large for a place    | 'receipt_hash,a\\nr1,12345678901'  | Line 2: the place of a
          no receipt hash          | 'receipt_hash,a\\n,1'              | Line 2: the receipt hash is missing
          a receipt hash twice     | 'receipt_hash,a\\nr1,1\\nr1,2'     | Line 3: the receipt hash r1 appears twice
          a quote never closed     | 'receipt_hash,a\\n"r1,1\\nr2,1'    | Line 2: a quoted field is never closed
          text after a quote       | 'receipt_hash,a\\n"r1"x,1'         | Line 2: text after a closing quote
          a quote in a plain field | 'receipt_hash,a\\nr"1,1'           | Line 2: a quote inside a field
          after a multi-line field | 'receipt_hash,"a\\nb"\\nr1,1\\nr2' | Line 4: expected 2 fields, found 1
        """)
    void refusesMalformedFilesNamingTheLine(String what, String csv, String message) {
        assertThatIllegalArgumentException().as(what)
                .isThrownBy(() -> BallotsCsv.read(csv.replace("\\n", "\n")))
                .withMessageStartingWith(message);
    }

    @Test
    void refusesToWriteWhatCouldNotBeReadBack() {
        assertThatIllegalArgumentException().isThrownBy(() -> BallotsCsv.write(CANDIDATES,
                List.of(new CountedBallot("r1", ballot("alice")), new CountedBallot("r1", ballot("bob")))));
        assertThatIllegalArgumentException().isThrownBy(() -> BallotsCsv.write(CANDIDATES,
                List.of(new CountedBallot("r1", ballot("zoe")))));
        assertThatIllegalArgumentException().isThrownBy(() -> BallotsCsv.write(List.of("alice", "alice"), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CountedBallot(" ", Ranking.blank()));
    }
}
