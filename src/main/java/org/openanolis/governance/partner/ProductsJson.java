package org.openanolis.governance.partner;

import java.util.List;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import lombok.RequiredArgsConstructor;

/** Products kept as one JSON column with their application or partner, never queried alone. */
@Component
@RequiredArgsConstructor
class ProductsJson {

    private static final TypeReference<List<Product>> PRODUCTS = new TypeReference<>() { };

    private final ObjectMapper objectMapper;

    String write(List<Product> products) {
        try {
            return objectMapper.writeValueAsString(products == null ? List.of() : products);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Products are always JSON", e);
        }
    }

    List<Product> read(String column) {
        try {
            return column == null ? List.of() : List.copyOf(objectMapper.readValue(column, PRODUCTS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt products in the database: " + column, e);
        }
    }
}
