package org.openanolis.governance.election.elekto;

import java.util.Locale;

/**
 * Our ids as Elekto file and folder names. Elekto's bio validator (scripts/validate-bios/main.go) accepts only
 * {@code candidate-([a-zA-Z0-9_-]+)\.md} and wants the front matter's ID to equal that part, and Elekto turns "---" in
 * a folder path into "/" (models/meta.py), so a name here holds letters, digits, '_' and '-' and never "--".
 * The mapping is deterministic and injective, and refuses nothing: letters, digits and a lone '-' stay; '_' becomes
 * "__"; any other code point (and a '-' right after another '-') becomes '_' + its hexadecimal value + '_'. Reading
 * left to right, "__" and "_hex_" cannot be confused, so two different ids never share a file.
 */
final class ElektoNames {

    private ElektoNames() {
    }

    static String safe(String id) {
        if (id.isEmpty()) {
            // A lone '_' is never produced otherwise, so the empty id keeps a name of its own.
            return "_";
        }
        StringBuilder name = new StringBuilder(id.length());
        int previous = -1;
        for (int i = 0; i < id.length(); ) {
            int cp = id.codePointAt(i);
            if (cp == '_') {
                name.append("__");
            } else if (isAsciiLetterOrDigit(cp) || (cp == '-' && previous != '-')) {
                name.appendCodePoint(cp);
            } else {
                name.append('_').append(Integer.toHexString(cp).toLowerCase(Locale.ROOT)).append('_');
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return name.toString();
    }

    private static boolean isAsciiLetterOrDigit(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
}
