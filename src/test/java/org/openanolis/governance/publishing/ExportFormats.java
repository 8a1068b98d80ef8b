package org.openanolis.governance.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The formats of the directory exports as JSON Schemas (src/test/resources/exports/), and an export read as its tools
 * read it: YAML parsed by a YAML parser into a tree, then checked against its format's schema.
 */
final class ExportFormats {

    static final String KUBERNETES = "kubernetes-sigs";
    static final String OPENEULER = "openeuler-sig-info";
    static final String LANDSCAPE = "landscape-data";
    static final String DOT_PROJECT = "dot-project";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private ExportFormats() {
    }

    /** The YAML as a tree; a YAML date stays the string it is written as only when it is quoted, as ours are. */
    static JsonNode tree(String yaml) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return JSON.valueToTree(document);
    }

    /** What the format's schema finds wrong with this export: nothing, when the export follows the format. */
    static List<String> problems(String format, String yaml) {
        return problems(format, tree(yaml));
    }

    static List<String> problems(String format, JsonNode tree) {
        return SCHEMAS.computeIfAbsent(format, ExportFormats::load).validate(tree).stream()
                .map(Object::toString).toList();
    }

    private static Schema load(String format) {
        try (InputStream in = ExportFormats.class.getResourceAsStream("/exports/" + format + ".schema.json")) {
            if (in == null) {
                throw new IllegalArgumentException("No schema " + format);
            }
            return REGISTRY.getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
