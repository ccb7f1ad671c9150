package dev.pgwire.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pgwire.processor.model.NestedRecord;
import dev.pgwire.processor.model.ValueStep;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Renders a column's {@link ValueStep}s as one expression, and collects a private static helper per nested record
 * ({@code jsonAddress(Address v)}) that reads its components into a map, so jsonb needs no reflection.
 */
final class JsonHelpers {
    private static final TypeName MAP_TYPE = ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));

    /** Helper method name per record class, in first-use order. */
    private final Map<ClassName, String> names = new LinkedHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private final List<MethodSpec> methods = new ArrayList<>();

    /** {@code input} converted by {@code steps}: nested {@code Values} calls, lambdas for elements. */
    CodeBlock render(List<ValueStep> steps, CodeBlock input) {
        return render(steps, input, 0);
    }

    /** The helper methods the rendered expressions call. */
    List<MethodSpec> methods() {
        return methods;
    }

    private CodeBlock render(List<ValueStep> steps, CodeBlock input, int depth) {
        CodeBlock expr = input;
        for (ValueStep step : steps) {
            expr = step(step, expr, depth);
        }
        return expr;
    }

    private CodeBlock step(ValueStep step, CodeBlock expr, int depth) {
        if (step instanceof ValueStep.Call call) {
            return CodeBlock.of("$T.$L($L)", Spi.VALUES, call.method(), expr);
        }
        if (step instanceof ValueStep.Each each) {
            return each.element().isEmpty()
                    ? CodeBlock.of("$T.list($L)", Spi.VALUES, expr)
                    : CodeBlock.of("$T.list($L, $L)", Spi.VALUES, expr, lambda(each.element(), depth));
        }
        if (step instanceof ValueStep.EachValue each) {
            return CodeBlock.of("$T.map($L, $L)", Spi.VALUES, expr, lambda(each.value(), depth));
        }
        return CodeBlock.of("$L($L)", helper(((ValueStep.ToMap) step).record()), expr);
    }

    private CodeBlock lambda(List<ValueStep> steps, int depth) {
        String param = "e" + depth;
        return CodeBlock.of("$L -> $L", param, render(steps, CodeBlock.of("$L", param), depth + 1));
    }

    private String helper(NestedRecord record) {
        String existing = names.get(record.type());
        if (existing != null) {
            return existing;
        }
        String base = "json" + String.join("_", record.type().simpleNames());
        String name = base;
        for (int i = 2; !taken.add(name); i++) {
            name = base + i;
        }
        names.put(record.type(), name);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(MAP_TYPE)
                .addParameter(record.type(), "v")
                .beginControlFlow("if (v == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("$T m = new $T<>($L)", MAP_TYPE, LinkedHashMap.class,
                        Math.max(2, record.fields().size() * 2));
        for (NestedRecord.Field field : record.fields()) {
            CodeBlock read = CodeBlock.of("$L", field.member().access("v"));
            method.addStatement("m.put($S, $L)", field.key(), render(field.steps(), read, 0));
        }
        methods.add(method.addStatement("return m").build());
        return name;
    }
}
