package dev.pgwire.sample.model;

/** Where an order is in its life cycle; {@link #next()} is the happy path. */
public enum OrderStatus {
    NEW,
    PAID,
    PICKING,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    /** The status after this one on the happy path, or {@code null} when the order is finished. */
    public OrderStatus next() {
        return switch (this) {
            case NEW -> PAID;
            case PAID -> PICKING;
            case PICKING -> SHIPPED;
            case SHIPPED -> DELIVERED;
            case DELIVERED, CANCELLED -> null;
        };
    }

    /** Whether the order still needs work. */
    public boolean isOpen() {
        return this != DELIVERED && this != CANCELLED;
    }
}
