package shop;

/** Superclass columns come first. */
public abstract class Party {
    private final boolean active;

    protected Party(boolean active) {
        this.active = active;
    }

    public boolean isActive() {
        return active;
    }
}
