package org.openanolis.governance.casetype;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every case type the application knows: the {@link CaseType} beans the features declare. */
@Component
public class CaseTypes {

    private final Map<String, CaseType> byKey = new LinkedHashMap<>();
    private final Map<String, CaseType> byCollection = new LinkedHashMap<>();

    public CaseTypes(List<CaseType> types) {
        for (CaseType type : types) {
            if (byKey.putIfAbsent(type.key(), type) != null) {
                throw new IllegalStateException("Two case types have the key " + type.key());
            }
            if (byCollection.putIfAbsent(type.collection(), type) != null) {
                throw new IllegalStateException("Two case types have the collection " + type.collection());
            }
        }
    }

    public Optional<CaseType> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** The type whose URLs start with this collection ({@code sig-proposals}), if any. */
    public Optional<CaseType> byCollection(String collection) {
        return Optional.ofNullable(collection == null ? null : byCollection.get(collection));
    }

    public Collection<CaseType> all() {
        return byKey.values();
    }
}
