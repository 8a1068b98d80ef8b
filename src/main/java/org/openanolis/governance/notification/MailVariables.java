package org.openanolis.governance.notification;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A mail template's variables as the outbox row keeps them until the dispatcher renders the mail: JSON of strings,
 * numbers, booleans, lists and maps, which is all {@link NotificationRenderer#draft} leaves in them. A plain mapper of
 * its own rather than the application's bean: the renderer and its tests use it without a Spring context, and plain
 * JSON read back into maps needs none of the application's settings.
 */
final class MailVariables {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private MailVariables() {
    }

    static String write(Map<String, Object> variables) {
        try {
            return JSON.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A mail's variables are plain values, always JSON", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt mail variables in the outbox: " + e.getOriginalMessage(), e);
        }
    }
}
