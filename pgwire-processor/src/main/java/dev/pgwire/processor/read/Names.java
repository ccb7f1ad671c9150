package dev.pgwire.processor.read;

/** Java names to SQL names. */
public final class Names {
    private Names() {}

    /**
     * The snake_case form of a Java name: {@code orderId} → {@code order_id}, {@code URLValue} →
     * {@code url_value}, {@code x2y} → {@code x2y}. A word boundary is an upper-case letter after a lower-case
     * letter or digit, or the last capital of an acronym that is followed by a lower-case letter.
     */
    public static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
                char prev = javaName.charAt(i - 1);
                boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
                    out.append('_');
                }
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /**
     * The property a getter reads ({@code getOrderId} → {@code orderId}, {@code isActive} → {@code active}),
     * or {@code null} when {@code methodName} is not a getter name for a value of this kind.
     */
    public static String propertyOf(String methodName, boolean booleanValue) {
        String rest;
        if (methodName.startsWith("get") && methodName.length() > 3) {
            rest = methodName.substring(3);
        } else if (booleanValue && methodName.startsWith("is") && methodName.length() > 2) {
            rest = methodName.substring(2);
        } else {
            return null;
        }
        char first = rest.charAt(0);
        if (Character.isLowerCase(first)) {
            return null; // "getter", "island": not a property accessor
        }
        // java.beans.Introspector.decapitalize: "URL" stays "URL", "OrderId" becomes "orderId".
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1)) && Character.isUpperCase(first)) {
            return rest;
        }
        return Character.toLowerCase(first) + rest.substring(1);
    }

    /** The table name a source member gets by default: {@code getOpenOrders()} → {@code open_orders}. */
    public static String tableNameOf(String memberName, boolean method) {
        if (method) {
            String property = propertyOf(memberName, false);
            if (property != null) {
                return snakeCase(property);
            }
        }
        return snakeCase(memberName);
    }
}
