package org.openanolis.governance.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.Languages;

/**
 * Both languages say everything: each bundle's English and Chinese files hold the same keys, each Chinese message
 * takes the same arguments as its English one, and no key is defined by two bundles (which one wins would depend
 * on their order).
 */
class MessageBundlesTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        for (String bundle : Languages.BUNDLES) {
            Properties english = load(bundle + ".properties");
            Properties chinese = load(bundle + "_zh_CN.properties");
            assertThat(difference(english, chinese)).as("keys of %s missing in Chinese", bundle).isEmpty();
            assertThat(difference(chinese, english)).as("keys of %s missing in English", bundle).isEmpty();
        }
    }

    @Test
    void everyTranslationTakesTheSameArgumentsAndSaysSomething() throws IOException {
        for (String bundle : Languages.BUNDLES) {
            Properties english = load(bundle + ".properties");
            Properties chinese = load(bundle + "_zh_CN.properties");
            for (String key : english.stringPropertyNames()) {
                String translated = chinese.getProperty(key);
                if (translated == null) {
                    continue;
                }
                assertThat(translated).as("%s in Chinese", key).isNotBlank();
                assertThat(arguments(translated)).as("arguments of %s in Chinese", key)
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Map<String, String> owner = new HashMap<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : Languages.BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                String before = owner.putIfAbsent(key, bundle);
                if (before != null) {
                    twice.add(key + " in " + before + " and " + bundle);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    private static Set<String> difference(Properties some, Properties others) {
        Set<String> missing = new TreeSet<>(some.stringPropertyNames());
        missing.removeAll(others.stringPropertyNames());
        return missing;
    }

    private static Set<String> arguments(String message) {
        Set<String> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(message);
        while (argument.find()) {
            arguments.add(argument.group(1));
        }
        return arguments;
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
