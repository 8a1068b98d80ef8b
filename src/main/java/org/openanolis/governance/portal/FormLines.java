package org.openanolis.governance.portal;

import java.util.Arrays;
import java.util.List;

/**
 * Lists typed one per line in a textarea (chairs, repositories, maintainers): each line stripped of the
 * spaces around it, blank lines skipped. Nothing else is changed; the services judge what is left.
 */
public final class FormLines {

    private FormLines() {
    }

    public static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A stored list shown back in its textarea, one entry a line. */
    public static String join(List<String> values) {
        return values == null ? "" : String.join("\n", values);
    }
}
