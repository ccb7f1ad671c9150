package dev.pgwire.processor.write;

import com.palantir.javapoet.ClassName;

/** The runtime's public API ({@code dev.pgwire.runtime.spi}) as generated code refers to it. */
final class Spi {
    private static final String PACKAGE = "dev.pgwire.runtime.spi";

    static final ClassName COLUMN = ClassName.get(PACKAGE, "Column");
    static final ClassName FOREIGN_KEY = ClassName.get(PACKAGE, "ForeignKey");
    static final ClassName COLUMN_TYPE = ClassName.get(PACKAGE, "ColumnType");
    static final ClassName ROW_TYPE = ClassName.get(PACKAGE, "RowType");
    static final ClassName VALUES = ClassName.get(PACKAGE, "Values");
    static final ClassName ROWS = ClassName.get(PACKAGE, "Rows");
    static final ClassName TABLE_SOURCE = ClassName.get(PACKAGE, "TableSource");
    static final ClassName INSTANCE_BINDING = ClassName.get(PACKAGE, "InstanceBinding");
    static final ClassName PG_TABLE_PROVIDER = ClassName.get(PACKAGE, "PgTableProvider");

    private Spi() {}
}
