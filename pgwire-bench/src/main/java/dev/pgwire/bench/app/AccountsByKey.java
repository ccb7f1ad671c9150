package dev.pgwire.bench.app;

import dev.pgwire.annotations.PgTable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code pgbench_accounts} as a service would hold it: a map keyed by the primary key. */
public final class AccountsByKey {
    @PgTable(name = "pgbench_accounts", description = "pgbench accounts, keyed by aid")
    final Map<Integer, Account> accounts;

    public AccountsByKey(int scale) {
        int n = PgbenchData.accountCount(scale);
        // Sized so that loading never rehashes; the default load factor leaves room for growth.
        Map<Integer, Account> map = new ConcurrentHashMap<>(n * 4 / 3 + 1);
        for (int aid = 1; aid <= n; aid++) {
            map.put(aid, PgbenchData.account(aid));
        }
        this.accounts = map;
    }

    public int size() {
        return accounts.size();
    }
}
