package org.openanolis.governance.cases;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.openanolis.governance.system.JsonLists;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A kind's details, a record, as the columns of its table: each component in the column of its name in snake case
 * ({@code displayName} in {@code display_name}); enums by their name, lists as JSON, everything else as it is. The
 * column names come from the record's code, never from input.
 *
 * @param <D> the details
 */
final class DetailColumns<D extends CaseDetails> {

    private final Class<D> type;
    private final RecordComponent[] components;
    private final JsonLists json;

    DetailColumns(Class<D> type, JsonLists json) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is no record");
        }
        this.type = type;
        this.components = type.getRecordComponents();
        this.json = json;
        // A kind's details may be a record its feature keeps package-private.
        Arrays.stream(components).forEach(component -> component.getAccessor().setAccessible(true));
    }

    MapSqlParameterSource write(D details) {
        MapSqlParameterSource columns = new MapSqlParameterSource();
        for (RecordComponent component : components) {
            Object value = invoke(component, details);
            columns.addValue(columnOf(component), value instanceof Enum<?> e ? e.name()
                    : value instanceof List<?> list ? json.write(list) : value);
        }
        return columns;
    }

    D read(ResultSet rs) throws SQLException {
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(rs, components[i]);
        }
        try {
            Constructor<D> canonical = type.getDeclaredConstructor(Arrays.stream(components)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getName() + " from its row", e);
        }
    }

    private Object read(ResultSet rs, RecordComponent component) throws SQLException {
        String column = columnOf(component);
        Class<?> componentType = component.getType();
        if (componentType == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return json.read(rs.getString(column), element);
        }
        if (componentType.isEnum()) {
            String name = rs.getString(column);
            return name == null ? null : enumValue(componentType, name);
        }
        return rs.getObject(column, componentType);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> enumType, String name) {
        return Enum.valueOf((Class<? extends Enum>) enumType, name);
    }

    private static Object invoke(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static String columnOf(RecordComponent component) {
        return component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
