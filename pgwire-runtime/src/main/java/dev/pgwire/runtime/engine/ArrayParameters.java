package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.types.PgType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Untyped parameters that PostgreSQL infers as arrays: {@code x = ANY($1)} (and {@code ALL}) makes
 * {@code $1} an array of {@code x}'s type. Calcite types such a marker as the element type and then
 * compares the whole array text with each value, so the engine re-plans with the array type declared,
 * as if the client had sent it (node-postgres sends {@code '{1,2,3}'} untyped for a JS array).
 */
final class ArrayParameters {
    private ArrayParameters() {}

    /** Ordinals of the {@code ?} markers that are the whole right operand of {@code ANY}/{@code ALL}. */
    static List<Integer> quantifiedMarkers(SqlNode parsed) {
        List<Integer> markers = new ArrayList<>();
        parsed.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if ((call.getKind() == SqlKind.SOME || call.getKind() == SqlKind.ALL) && call.operandCount() == 2) {
                    SqlNode right = call.operand(1);
                    if (right instanceof SqlNodeList list && list.size() == 1) {
                        right = list.get(0);
                    }
                    if (right instanceof SqlDynamicParam param) {
                        markers.add(param.getIndex());
                    }
                }
                return super.visit(call);
            }
        });
        return markers;
    }

    /**
     * The declared types to re-plan with, the quantified parameters declared as arrays of the element
     * type Calcite inferred; null when nothing changes (no such marker, or already declared or an array).
     */
    static int[] retype(List<Integer> markers, List<RelDataType> markerTypes, RewrittenSql rewritten, int[] declared) {
        int[] out = null;
        for (int m : markers) {
            if (m >= markerTypes.size() || m >= rewritten.parameterIndex().length) {
                continue;
            }
            int p = rewritten.parameterIndex()[m];
            if (p < declared.length && TypeMapping.sqlTypeForOid(declared[p]) != null) {
                continue;
            }
            RelDataType type = markerTypes.get(m);
            if (type.getSqlTypeName() == SqlTypeName.ARRAY || type.getSqlTypeName() == SqlTypeName.NULL) {
                continue;
            }
            PgType element = TypeMapping.pgType(type);
            if (element.arrayOid() == 0 || TypeMapping.sqlTypeForOid(element.arrayOid()) == null) {
                continue;
            }
            if (out == null) {
                out = Arrays.copyOf(declared, Math.max(declared.length, rewritten.parameterCount()));
            }
            out[p] = element.arrayOid();
        }
        return out;
    }
}
