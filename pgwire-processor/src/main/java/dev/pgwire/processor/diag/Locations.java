package dev.pgwire.processor.diag;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Remembers which element each model object was read from, so the model itself can stay free of
 * {@code javax.lang.model} objects while the validator still reports errors at the right place. Keys are
 * compared by identity: two equal column models read from different members keep their own locations.
 */
public final class Locations {
    private final Map<Object, Location> byModel = new IdentityHashMap<>();

    /** Records where {@code model} came from and returns it. */
    public <T> T put(T model, Location location) {
        byModel.put(model, location);
        return model;
    }

    /** Where {@code model} came from. */
    public Location of(Object model) {
        Location location = byModel.get(model);
        if (location == null) {
            throw new IllegalStateException("no location recorded for " + model);
        }
        return location;
    }
}
