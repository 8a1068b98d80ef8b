package org.openanolis.governance.system;

import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/** Lists of ids kept as a JSON array in one column: read and written with their row, never queried alone. */
@Component
@RequiredArgsConstructor
public class JsonLists {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final ObjectMapper objectMapper;

    public String write(List<String> values) {
        try {
            return objectMapper.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings is always JSON", e);
        }
    }

    public List<String> read(String column) {
        try {
            return column == null ? List.of() : List.copyOf(objectMapper.readValue(column, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON list in the database: " + column, e);
        }
    }
}
