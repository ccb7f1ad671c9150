package shop;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgIgnore;

/** A class row type: getters first (superclass first), then fields no getter covers. */
public class Customer extends Party {
    @PgColumn(primaryKey = true)
    private final long id;
    private final String name;
    public String note;
    int visits;
    @PgIgnore public String secret = "hidden";
    private String internal = "not a column";

    public Customer(long id, String name, boolean active) {
        super(active);
        this.id = id;
        this.name = name;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @PgIgnore
    public String getDisplayName() {
        return "Customer " + name;
    }

    public String getter() {
        return "not a getter";
    }

    public static String getStatic() {
        return "static";
    }

    public String getWithArgument(int i) {
        return "takes an argument";
    }
}
