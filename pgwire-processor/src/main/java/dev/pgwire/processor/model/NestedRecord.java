package dev.pgwire.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * A record stored inside a jsonb column: generated code reads its components directly (no reflection at query
 * time) into a map that the runtime's JSON writer prints.
 *
 * @param type   the record class
 * @param fields its components, in declaration order
 */
public record NestedRecord(ClassName type, List<Field> fields) {
    public NestedRecord {
        Objects.requireNonNull(type, "type");
        fields = List.copyOf(fields);
    }

    /**
     * One component.
     *
     * @param key    the JSON key: the component's name, or its {@code @PgColumn(name)}
     * @param member the accessor
     * @param steps  what turns the component's value into something the JSON writer prints (nested records)
     */
    public record Field(String key, MemberRef member, List<ValueStep> steps) {
        public Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(member, "member");
            steps = List.copyOf(steps);
        }
    }
}
