package dev.pgwire.bench.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows {@code pgbench -i -s scale} writes (PostgreSQL 15's client-side generation): {@code scale}
 * branches, ten tellers per branch, 100,000 accounts per branch with {@code bid = (aid - 1) / 100000 + 1},
 * every balance 0, the accounts' filler the empty string blank-padded by {@code char(84)}, the branches'
 * and tellers' filler NULL, and no history.
 */
public final class PgbenchData {
    /** pgbench's {@code naccounts}, {@code ntellers} and {@code nbranches} per unit of scale. */
    public static final int ACCOUNTS_PER_BRANCH = 100_000;
    public static final int TELLERS_PER_BRANCH = 10;

    /** One shared instance: every account's filler is the same 84 blanks. */
    static final String ACCOUNT_FILLER = " ".repeat(84);

    private PgbenchData() {}

    public static int accountCount(int scale) {
        return Math.multiplyExact(scale, ACCOUNTS_PER_BRANCH);
    }

    /** Account {@code aid} (1-based), as pgbench's COPY line {@code aid \t (aid-1)/naccounts+1 \t 0 \t ''}. */
    public static Account account(int aid) {
        return new Account(aid, (aid - 1) / ACCOUNTS_PER_BRANCH + 1, 0, ACCOUNT_FILLER);
    }

    public static List<Branch> branches(int scale) {
        List<Branch> rows = new ArrayList<>(scale);
        for (int i = 0; i < scale; i++) {
            rows.add(new Branch(i + 1, 0, null));
        }
        return rows;
    }

    public static List<Teller> tellers(int scale) {
        int n = scale * TELLERS_PER_BRANCH;
        List<Teller> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Teller(i + 1, i / TELLERS_PER_BRANCH + 1, 0, null));
        }
        return rows;
    }
}
