package dev.pgwire.runtime.engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;

/**
 * Looks functions up ignoring case. Calcite registers its built-ins in upper case while identifiers are
 * folded to lower case and matched case-sensitively (PostgreSQL semantics for columns and tables), so
 * without this {@code split_part(...)} or {@code md5(...)} would not resolve.
 */
final class CaseInsensitiveOperatorTable implements SqlOperatorTable {
    /**
     * Built-ins Calcite declares but cannot run; the catalog implements them as functions instead
     * ({@code current_schema()} reads the session's search_path, {@code current_catalog} names the session's database).
     */
    private static final Set<String> SHADOWED = Set.of("CURRENT_SCHEMA", "CURRENT_CATALOG");

    private final SqlOperatorTable delegate;

    CaseInsensitiveOperatorTable(SqlOperatorTable delegate) {
        this.delegate = delegate;
    }

    @Override
    public void lookupOperatorOverloads(
            SqlIdentifier opName,
            SqlFunctionCategory category,
            SqlSyntax syntax,
            List<SqlOperator> operatorList,
            SqlNameMatcher nameMatcher) {
        if (opName.isSimple() && SHADOWED.contains(opName.getSimple().toUpperCase(Locale.ROOT))) {
            return;
        }
        delegate.lookupOperatorOverloads(
                opName, category, syntax, operatorList, SqlNameMatchers.withCaseSensitive(false));
    }

    @Override
    public List<SqlOperator> getOperatorList() {
        return delegate.getOperatorList();
    }
}
