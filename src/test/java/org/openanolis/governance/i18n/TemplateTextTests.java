package org.openanolis.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every template shows a reader only messages (in the reader's language) and data: no word of English written into
 * a page or a mail. The templates not yet moved to messages are listed in {@code i18n/untranslated-templates.txt};
 * the list may only shrink, as a template that passes must leave it.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void templatesShowOnlyMessagesAndData() throws IOException {
        Set<String> untranslated = untranslated();
        Map<String, List<String>> offending = new LinkedHashMap<>();
        for (Path file : templates()) {
            String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
            List<String> found = wordsOutsideMessages(file);
            if (!found.isEmpty() && !untranslated.contains(name)) {
                offending.put(name, found);
            }
        }
        assertThat(offending).as("words written into templates instead of messages").isEmpty();
    }

    @Test
    void theListOfUntranslatedTemplatesOnlyShrinks() throws IOException {
        Set<String> passing = new TreeSet<>();
        for (String name : untranslated()) {
            Path file = TEMPLATES.resolve(name);
            if (!Files.exists(file) || wordsOutsideMessages(file).isEmpty()) {
                passing.add(name);
            }
        }
        assertThat(passing).as("templates to strike from i18n/untranslated-templates.txt").isEmpty();
    }

    @Test
    void findsWordsInTextInVisibleAttributesAndInPrintedLiterals() {
        assertThat(TemplateText.outsideMessagesInHtml("<p>Hello <b th:text=\"#{greeting}\">placeholder</b></p>"))
                .containsExactly("line 1: Hello");
        assertThat(TemplateText.outsideMessagesInHtml("<input type=\"submit\" value=\"Send\"><input placeholder=\"x y\">"))
                .hasSize(2);
        assertThat(TemplateText.outsideMessagesInHtml("<span th:text=\"'Round ' + ${n}\">Round 1</span>"))
                .containsExactly("line 1: th:text: 'Round ' in 'Round ' + ${n}");
        assertThat(TemplateText.outsideMessagesInHtml(
                "<span th:text=\"${#messages.msgOrNull('status.' + s)}\" class=\"x\">VOTING</span><br><p>·</p>"))
                .isEmpty();
        assertThat(TemplateText.outsideMessagesInText("[[#{mail.hello(${name})}]]\n[# th:each=\"b : ${ballots}\"]- [[${b}]]\n[/]"))
                .isEmpty();
        assertThat(TemplateText.outsideMessagesInText("Dear [[${name}]],\n")).containsExactly("text: Dear ,");
    }

    private static List<String> wordsOutsideMessages(Path file) throws IOException {
        String template = Files.readString(file, StandardCharsets.UTF_8);
        return file.toString().endsWith(".txt")
                ? TemplateText.outsideMessagesInText(template)
                : TemplateText.outsideMessagesInHtml(template);
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".txt"))
                    .sorted().toList();
        }
    }

    private static Set<String> untranslated() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/i18n/untranslated-templates.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip());
            }
        }
        return names;
    }
}
