package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.QueryEngine;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every session of a server shares.
 *
 * @param engine           plans queries
 * @param parameterDecoder decodes Bind parameter values
 * @param timer            fires statement_timeout
 * @param limits           per-session bounds and server-wide setting defaults
 */
public record SessionServices(QueryEngine engine, ParameterDecoder parameterDecoder, ScheduledExecutorService timer,
        SessionLimits limits) {
    public SessionServices {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(parameterDecoder, "parameterDecoder");
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(limits, "limits");
    }

    /** With {@link SessionLimits#DEFAULT}. */
    public SessionServices(QueryEngine engine, ParameterDecoder parameterDecoder, ScheduledExecutorService timer) {
        this(engine, parameterDecoder, timer, SessionLimits.DEFAULT);
    }
}
