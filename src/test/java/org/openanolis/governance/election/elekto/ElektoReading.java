package org.openanolis.governance.election.elekto;

/**
 * How Elekto cuts a candidate file, rewritten here from the behaviour of elekto/models/utils.py
 * (extract_candidate_info and extract_candidate_description, delimiters '--n' and '---' from elekto/constants.py):
 * the front matter runs from the first "--n" (or, when there is none, from the second character) to the LAST "---";
 * the statement is what follows the last "---". Both are then stripped of hyphens and of line breaks at their ends.
 */
final class ElektoReading {

    private ElektoReading() {
    }

    static String frontMatter(String file) {
        int start = file.indexOf("--n") - 1 + "--n".length();
        int end = file.lastIndexOf("---");
        String slice = start < end ? file.substring(start, end) : "";
        return strip(strip(slice, '-'), '\n');
    }

    static String statement(String file) {
        String last = file.substring(file.lastIndexOf("---") + "---".length());
        return strip(strip(last, '-'), '\n');
    }

    /** Python's str.strip(c): the character removed from both ends. */
    private static String strip(String text, char c) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == c) {
            from++;
        }
        while (to > from && text.charAt(to - 1) == c) {
            to--;
        }
        return text.substring(from, to);
    }
}
