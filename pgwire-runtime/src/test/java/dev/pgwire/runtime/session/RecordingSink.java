package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.List;

/** A sink that records one line per response, in the style of the protocol tests' BackendReader. */
class RecordingSink implements ResponseSink {
    final List<String> lines = new ArrayList<>();

    List<String> take() {
        List<String> out = List.copyOf(lines);
        lines.clear();
        return out;
    }

    @Override
    public void parseComplete() {
        lines.add("1");
    }

    @Override
    public void bindComplete() {
        lines.add("2");
    }

    @Override
    public void closeComplete() {
        lines.add("3");
    }

    @Override
    public void noData() {
        lines.add("n");
    }

    @Override
    public void portalSuspended() {
        lines.add("s");
    }

    @Override
    public void emptyQueryResponse() {
        lines.add("I");
    }

    @Override
    public void parameterDescription(int[] typeOids) {
        lines.add("t:" + java.util.Arrays.toString(typeOids));
    }

    @Override
    public void rowDescription(ResultFormat format) {
        List<String> names = new ArrayList<>();
        for (ResultColumn c : format.columns()) {
            names.add(c.name());
        }
        lines.add("T:" + String.join(",", names));
    }

    @Override
    public void dataRow(Object[] row, ResultFormat format, SessionSettings settings) {
        List<String> values = new ArrayList<>();
        for (Object v : row) {
            values.add(String.valueOf(v));
        }
        lines.add("D:" + String.join("|", values));
    }

    @Override
    public void commandComplete(String tag) {
        lines.add("C:" + tag);
    }

    @Override
    public void error(PgException error) {
        lines.add("E:" + error.state().code() + "/" + error.getMessage());
    }

    @Override
    public void notice(String severity, SqlState state, String message) {
        lines.add("N:" + state.code() + "/" + message);
    }

    @Override
    public void parameterStatus(String name, String value) {
        lines.add("S:" + name + "=" + value);
    }

    @Override
    public void readyForQuery(char transactionStatus) {
        lines.add("Z:" + transactionStatus);
    }

    @Override
    public void flush() {}
}
