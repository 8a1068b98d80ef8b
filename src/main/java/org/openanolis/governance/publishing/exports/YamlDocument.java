package org.openanolis.governance.publishing.exports;

import java.util.LinkedHashMap;
import java.util.List;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A document as a tree of maps, lists and strings, written by SnakeYAML, which quotes and escapes whatever the
 * records hold: a date stays a quoted string, a mission with a colon stays one value. Never text put together by hand.
 */
public final class YamlDocument extends LinkedHashMap<String, Object> {

    /** A map whose entries keep their order and leave out what is absent (null or empty). */
    public YamlDocument with(String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank()) && !(value instanceof List<?> l && l.isEmpty())) {
            put(key, value);
        }
        return this;
    }

    /** As {@link #with}, but kept even when empty: a list the format requires. */
    public YamlDocument always(String key, Object value) {
        put(key, value);
        return this;
    }

    /** The document as YAML text: block style, two spaces, each value on one line, no anchors. */
    public String write() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setDereferenceAliases(true);
        return new Yaml(options).dump(this);
    }
}
