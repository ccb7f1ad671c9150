package it.basic;

import dev.pgwire.annotations.PgTable;
import dev.pgwire.runtime.PgWire;
import java.util.ArrayList;
import java.util.List;

/**
 * The application main that pgwire:run starts after the server: exposes an instance whose table shows
 * the program arguments and system properties, so the test can check they arrived.
 */
public final class App {
    @PgTable(name = "settings")
    final List<Setting> settings = new ArrayList<>();

    public static void main(String[] args) {
        App app = new App();
        app.settings.add(new Setting("it.greeting", System.getProperty("it.greeting")));
        app.settings.add(new Setting("it.fromJvmArguments", System.getProperty("it.fromJvmArguments")));
        for (int i = 0; i < args.length; i++) {
            app.settings.add(new Setting("arg" + i, args[i]));
        }
        PgWire.expose(app);
    }
}
