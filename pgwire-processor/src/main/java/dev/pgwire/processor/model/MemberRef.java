package dev.pgwire.processor.model;

import java.util.Objects;

/**
 * A field or no-argument method that generated code reads.
 *
 * @param name   the member's simple name
 * @param method whether it is a method (called) rather than a field (read)
 */
public record MemberRef(String name, boolean method) {
    public MemberRef {
        Objects.requireNonNull(name, "name");
    }

    /** The Java expression that reads this member from {@code receiver}. */
    public String access(String receiver) {
        return receiver + "." + name + (method ? "()" : "");
    }

    @Override
    public String toString() {
        return method ? name + "()" : name;
    }
}
