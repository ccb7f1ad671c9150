package shop;

import dev.pgwire.annotations.PgTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Sources of every shape, static and on instances. */
public class Shop {
    @PgTable
    public static final List<AllTypes> allTypes = new ArrayList<>();

    @PgTable(schema = "crm", description = "registered customers")
    static final Map<Long, Customer> customersById = new ConcurrentHashMap<>();

    @PgTable(name = "tags")
    static Tag[] tagArray = new Tag[0];

    @PgTable
    static Iterable<Tag> iterableTags() {
        return List.of(tagArray);
    }

    @PgTable
    static Stream<Tag> getStreamedTags() {
        return Stream.of(tagArray);
    }

    @PgTable
    static Supplier<List<? extends Tag>> suppliedTags = () -> List.of(tagArray);

    final Set<Tag> ownTags = new CopyOnWriteArraySet<>();

    @PgTable(name = "shop_tags")
    Set<Tag> getOwnTags() {
        return ownTags;
    }

    /** A tag; not annotated: only used as a row type. */
    public record Tag(String label, int weight) {}
}
