package rich;

import dev.pgwire.annotations.PgTable;
import java.util.List;

public final class Catalog {
    @PgTable(name = "rich")
    static final List<RichTypes> ROWS = RichTypes.ROWS;

    private Catalog() {}
}
