package dev.pgwire.processor.model;

/** The container a source holds its rows in; each maps to one {@code dev.pgwire.runtime.spi.Rows} factory. */
public enum SourceShape {
    COLLECTION("ofCollection"),
    ITERABLE("ofIterable"),
    MAP_VALUES("ofMapValues"),
    STREAM("ofStream"),
    ARRAY("ofArray");

    private final String factory;

    SourceShape(String factory) {
        this.factory = factory;
    }

    /** The {@code Rows} method that turns a supplier of this shape into a {@code RowSupplier}. */
    public String factory() {
        return factory;
    }
}
