package org.openanolis.governance.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openanolis.governance.system.Languages;

/**
 * The words the system itself writes as a timeline entry's comment, kept language-neutral so that each reader reads
 * them in their own language: a message code of the {@code i18n/comments} bundle and its arguments, stored as
 * <pre>U+0001 @comments.&lt;code&gt;|arg|arg</pre>
 * e.g. {@code @comments.vote-opened|1|SIMPLE|7|5}. The leading control character is one no typed text can hold
 * ({@code TextRules} refuses control characters), so a person's comment never passes for one of these; in the
 * arguments {@code \} and {@code |} are escaped with a {@code \}. Arguments are data: they fill the message's
 * {@code {0}} places as plain strings and are never read as a pattern, template or expression, and pages write them
 * escaped like any text. An argument that is a word of the product ({@link #word}: an outcome, a stage) is stored as
 * U+0002 and its message code, and read in the reader's language too. Anything else stored, such as the English sentences of older rows or what people typed,
 * shows as it is.
 */
public final class TimelineComment {

    static final String MARKER = "\u0001@comments.";
    /** Starts an argument that is itself a message code (see {@link #word}); no typed text holds it either. */
    static final char WORD = '\u0002';
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WORD_CODE = Pattern.compile("[a-z0-9-]+(\\.[A-Za-z0-9_-]+)+");

    private TimelineComment() {
    }

    /**
     * An argument that is a word of the product rather than data: an outcome, a threshold, a stage, given by its
     * message code ({@code outcome.APPROVED}), so that it too is read in the reader's language.
     */
    public static Object word(String messageCode) {
        if (!WORD_CODE.matcher(messageCode).matches()) {
            throw new IllegalArgumentException("Not a message code: " + messageCode);
        }
        return new Word(messageCode);
    }

    /** The stored form of the message {@code comments.<code>} with these arguments (null is written empty). */
    public static String of(String code, Object... arguments) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a comment code: " + code);
        }
        StringBuilder stored = new StringBuilder(MARKER).append(code);
        for (Object argument : arguments) {
            String text = argument == null ? "" : argument.toString();
            stored.append('|').append(text.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return stored.toString();
    }

    /** The comment as the reader of the request being answered reads it (English outside a request). */
    public static String render(String stored) {
        return render(stored, Languages.current());
    }

    /** The comment in this language: a coded one through its message, anything else as it is. */
    public static String render(String stored, Locale locale) {
        if (stored == null || !stored.startsWith(MARKER)) {
            return stored;
        }
        List<String> parts = split(stored.substring(MARKER.length()));
        String code = parts.get(0);
        if (!CODE.matcher(code).matches()) {
            return stored;
        }
        Locale language = Languages.supported(locale);
        Object[] arguments = parts.subList(1, parts.size()).stream().map(argument -> read(argument, language)).toArray();
        // A code this version does not know (a row from a newer one) shows its arguments rather than nothing.
        String fallback = String.join(", ", Arrays.stream(arguments).map(String::valueOf).toList());
        return Languages.messages().getMessage("comments." + code, arguments, fallback, language);
    }

    /** A word argument in this language (its code's last part if this version has no such message), data as it is. */
    private static String read(String argument, Locale language) {
        if (argument.isEmpty() || argument.charAt(0) != WORD) {
            return argument;
        }
        String code = argument.substring(1);
        return Languages.messages().getMessage(code, null, code.substring(code.lastIndexOf('.') + 1), language);
    }

    private record Word(String code) {

        @Override
        public String toString() {
            return WORD + code;
        }
    }

    private static List<String> split(String body) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                part.append(body.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
