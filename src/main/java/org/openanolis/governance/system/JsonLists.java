package org.openanolis.governance.system;

import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/**
 * Lists kept as a JSON array in one column (ids, a partner's products): read and written with their row, never
 * queried alone.
 */
@Component
@RequiredArgsConstructor
public class JsonLists {

    private final ObjectMapper objectMapper;

    public String write(List<?> values) {
        try {
            return objectMapper.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of values is always JSON", e);
        }
    }

    /** A list of strings, the usual case: ids, names, repositories. */
    public List<String> read(String column) {
        return read(column, String.class);
    }

    public <T> List<T> read(String column, Class<T> element) {
        JavaType type = objectMapper.getTypeFactory().constructCollectionType(List.class, element);
        try {
            return column == null ? List.of() : List.copyOf(objectMapper.<List<T>>readValue(column, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON list in the database: " + column, e);
        }
    }
}
