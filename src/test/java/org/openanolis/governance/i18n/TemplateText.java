package org.openanolis.governance.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Finds the words a template would show that are not messages: text between elements whose content Thymeleaf keeps,
 * visible attributes written out, and quoted words inside the expressions that print text. A template that passes
 * shows a reader nothing but messages and data.
 */
final class TemplateText {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A quoted literal in an expression: {@code 'Round '}. */
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
    /**
     * Literals that are parts of message keys, ids or codes, never shown: {@code 'status.'}, {@code 'vote-open'},
     * {@code '-hint '}, {@code 'castAt'}, {@code 'APPROVE'}. A capitalised word or words with spaces between them
     * are shown words.
     */
    private static final Pattern CODE = Pattern.compile("([a-z0-9._-][A-Za-z0-9._-]*)?|[A-Z][A-Z0-9_]*");
    /** Thymeleaf attributes whose value replaces the element's content, so its written content is never shown. */
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
            "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");
    /** Attributes a reader sees or hears. */
    private static final Set<String> VISIBLE = Set.of("title", "placeholder", "aria-label", "alt", "label");
    /**
     * Thymeleaf attributes whose expression prints text, or hands it to a fragment that prints it; their quoted
     * words must be codes.
     */
    private static final Set<String> PRINTING = Set.of("th:text", "th:utext", "th:title", "th:placeholder",
            "th:aria-label", "th:alt", "th:value", "th:label", "th:content", "th:replace", "th:insert", "th:with");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");
    /** Inline expressions of text templates and their comments: {@code [[${x}]]}, {@code [# th:each=...]}. */
    private static final Pattern TEXT_INLINE = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|\\[#.*?]|\\[/]|/\\*\\[-.*?-]\\*/",
            Pattern.DOTALL);

    private TemplateText() {
    }

    /** The words an HTML template writes out, each with its line. */
    static List<String> outsideMessagesInHtml(String template) {
        Finder finder = new Finder();
        try {
            new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(template, finder);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
        return finder.found;
    }

    /** The words a text template writes out between its expressions, and the quoted words inside them. */
    static List<String> outsideMessagesInText(String template) {
        List<String> found = new ArrayList<>();
        Matcher inline = TEXT_INLINE.matcher(template);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (inline.find()) {
            rest.append(template, last, inline.start()).append(' ');
            literalWords(inline.group(), found, "expression");
            last = inline.end();
        }
        rest.append(template.substring(last));
        for (String line : rest.toString().split("\n")) {
            if (LETTER.matcher(line).find()) {
                found.add("text: " + line.strip().replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    private static void literalWords(String expression, List<String> found, String where) {
        if (expression.startsWith("/*[-")) {
            return;
        }
        Matcher literal = LITERAL.matcher(expression);
        while (literal.find()) {
            String words = literal.group(1);
            if (LETTER.matcher(words).find() && !CODE.matcher(words.strip()).matches()) {
                found.add(where + ": '" + words + "' in " + expression.strip());
            }
        }
    }

    private static final class Finder extends AbstractMarkupHandler {

        private final List<String> found = new ArrayList<>();
        /** For each open element: its name and whether what is written inside it is replaced. */
        private final Deque<Frame> open = new ArrayDeque<>();
        private String element;
        private final List<String[]> attributes = new ArrayList<>();
        private int line;

        private record Frame(String name, boolean replaced) {
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            start(new String(buffer, offset, len), line);
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            start(new String(buffer, offset, len), line);
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                                    int operatorOffset, int operatorLen, int operatorLine, int operatorCol,
                                    int valueContentOffset, int valueContentLen, int valueOuterOffset,
                                    int valueOuterLen, int valueLine, int valueCol) {
            attributes.add(new String[] {new String(buffer, nameOffset, nameLen).toLowerCase(),
                    new String(buffer, valueContentOffset, valueContentLen)});
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            boolean replaced = inspect();
            if (!VOID.contains(element.toLowerCase())) {
                boolean parentReplaced = !open.isEmpty() && open.peek().replaced();
                boolean raw = element.equalsIgnoreCase("script") || element.equalsIgnoreCase("style");
                open.push(new Frame(element.toLowerCase(), parentReplaced || replaced || raw));
            }
        }

        @Override
        public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line, int col) {
            inspect();
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            close(new String(buffer, offset, len).toLowerCase());
        }

        @Override
        public void handleAutoCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            close(new String(buffer, offset, len).toLowerCase());
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            String text = new String(buffer, offset, len);
            boolean replaced = !open.isEmpty() && open.peek().replaced();
            if (!replaced && LETTER.matcher(text).find()) {
                found.add("line " + line + ": " + text.strip().replaceAll("\\s+", " "));
            }
        }

        private void start(String name, int line) {
            element = name;
            this.line = line;
            attributes.clear();
        }

        /** Reports the element's written visible attributes and printed literals; true when it replaces its body. */
        private boolean inspect() {
            boolean replaced = false;
            boolean button = false;
            String value = null;
            for (String[] attribute : attributes) {
                String name = attribute[0];
                // A layout called with this template's own fragments (~{::main}) shows them: they are checked.
                if (REPLACING.contains(name) && !attribute[1].contains("~{::")) {
                    replaced = true;
                }
                if (name.equals("type") && Set.of("submit", "button", "reset").contains(attribute[1].toLowerCase())) {
                    button = true;
                }
                if (name.equals("value")) {
                    value = attribute[1];
                }
                if (VISIBLE.contains(name) && LETTER.matcher(attribute[1]).find()) {
                    found.add("line " + line + ": " + name + "=\"" + attribute[1] + "\"");
                }
                if (PRINTING.contains(name) || name.startsWith("th:attr")) {
                    literalWords(attribute[1], found, "line " + line + ": " + name);
                }
            }
            if (button && value != null && LETTER.matcher(value).find()
                    && attributes.stream().noneMatch(a -> a[0].equals("th:value"))) {
                found.add("line " + line + ": value=\"" + value + "\"");
            }
            return replaced;
        }

        private void close(String name) {
            if (open.stream().noneMatch(frame -> frame.name().equals(name))) {
                return;
            }
            while (!open.isEmpty() && !open.pop().name().equals(name)) {
                // Elements left open inside it end with it.
            }
        }
    }
}
