package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses the {@code options} startup parameter ({@code -c name=value --name=value}), as PostgreSQL does. */
final class StartupOptions {
    private StartupOptions() {}

    static Map<String, String> parse(String options) throws PgException {
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> args = split(options);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String assignment;
            if (arg.equals("-c") && i + 1 < args.size()) {
                assignment = args.get(++i);
            } else if (arg.startsWith("-c") && arg.length() > 2) {
                assignment = arg.substring(2);
            } else if (arg.startsWith("--") && arg.length() > 2) {
                assignment = arg.substring(2);
            } else {
                throw invalid(arg);
            }
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                throw invalid(arg);
            }
            settings.put(assignment.substring(0, eq).replace('-', '_'), assignment.substring(eq + 1));
        }
        return settings;
    }

    /** Splits at unescaped whitespace; a backslash makes the next character literal. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inArg = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inArg) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inArg = false;
                }
            } else {
                if (c == '\\' && i + 1 < s.length()) {
                    c = s.charAt(++i);
                }
                cur.append(c);
                inArg = true;
            }
        }
        if (inArg) {
            out.add(cur.toString());
        }
        return out;
    }

    private static PgException invalid(String arg) {
        return new PgException(SqlState.PROTOCOL_VIOLATION,
                "invalid command-line argument for server process: " + arg, null,
                "Try \"-c name=value\" or \"--name=value\".", 0, null);
    }
}
