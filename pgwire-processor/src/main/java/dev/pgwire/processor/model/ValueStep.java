package dev.pgwire.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * One step of turning a member's Java value into the engine's representation. A column's steps apply in order
 * ({@code Optional<LocalDate>}: unwrap, then convert the date); writers render them as nested calls.
 */
public sealed interface ValueStep {
    /** {@code Values.method(value)}. */
    record Call(String method) implements ValueStep {
        public Call {
            Objects.requireNonNull(method, "method");
        }
    }

    /** A collection or array as a list, each non-null element through {@code element} (none: elements as they are). */
    record Each(List<ValueStep> element) implements ValueStep {
        public Each {
            element = List.copyOf(element);
        }
    }

    /** A map with each non-null value through {@code value}. */
    record EachValue(List<ValueStep> value) implements ValueStep {
        public EachValue {
            value = List.copyOf(value);
        }
    }

    /** A nested record as a map of its components, for jsonb. */
    record ToMap(NestedRecord record) implements ValueStep {
        public ToMap {
            Objects.requireNonNull(record, "record");
        }
    }
}
