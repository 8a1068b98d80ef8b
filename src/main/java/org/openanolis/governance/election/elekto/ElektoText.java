package org.openanolis.governance.election.elekto;

/**
 * User text made safe for the files Elekto reads. Elekto finds a candidate's front matter between the first "--n"
 * and the LAST "---" of the whole file, and the statement after that last "---" (elekto/models/utils.py,
 * extract_candidate_info and extract_candidate_description, with CAND_START_DEL = '--n' and CAND_END_DEL = '---' in
 * elekto/constants.py). So neither the front matter nor the statement may contain two hyphens in a row; otherwise a
 * statement could move the end of the front matter into itself. Elekto also loads YAML with PyYAML's full Loader,
 * which builds Python objects from tags such as !!python/object: every user value is therefore a double-quoted
 * scalar, where no tag, anchor, alias, comment or key can start.
 */
final class ElektoText {

    /** Between two hyphens of the statement: invisible, keeps "--" on one line, and is not a hyphen. */
    static final char WORD_JOINER = '\u2060';

    private ElektoText() {
    }

    /**
     * A YAML double-quoted scalar with the same value: quotes, backslashes, line breaks (YAML 1.1 counts NEL, LS and
     * PS too) and every character YAML may not hold raw are escaped, and so is a hyphen next to another hyphen
     * ("\x2D" reads back as '-'), so that no "--" is ever in the text.
     */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            boolean hyphenPair = cp == '-' && ((i > 0 && value.charAt(i - 1) == '-')
                    || (i + 1 < value.length() && value.charAt(i + 1) == '-'));
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x85 -> out.append("\\N");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                    if (hyphenPair) {
                        out.append("\\x2D");
                    } else if (printable(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(escape(cp));
                    }
                }
            }
            i += width;
        }
        return out.append('"').toString();
    }

    /**
     * A statement as the Markdown body of a candidate file: line ends made "\n", a word joiner between any two
     * hyphens (see the class comment), and '<' written as "&amp;lt;" because Elekto renders the body with raw HTML
     * let through (candidate.html: {@code candidate['description'] | safe}).
     */
    static String markdownBody(String statement) {
        String text = statement.replace("\r\n", "\n").replace('\r', '\n').replace("<", "&lt;");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                out.append(WORD_JOINER);
            }
        }
        return out.toString();
    }

    /** One line of Markdown: line breaks folded to spaces, no raw HTML, no "--". */
    static String markdownLine(String text) {
        return markdownBody(text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '));
    }

    /** The characters YAML 1.1 allows unescaped in a stream (PyYAML's Reader refuses the others). */
    private static boolean printable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static String escape(int cp) {
        if (cp <= 0xFF) {
            return String.format("\\x%02X", cp);
        }
        if (cp <= 0xFFFF) {
            return String.format("\\u%04X", cp);
        }
        return String.format("\\U%08X", cp);
    }
}
