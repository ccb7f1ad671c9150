package dev.pgwire.bench.app;

import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pgbench_accounts} as a plain list in key order, for comparing scans against {@link AccountsByKey}.
 * The processor allows one declaration per table name, so this one is registered through the SPI with the
 * generated row type, exactly as a generated {@code List} binding would.
 */
public final class AccountsInList {
    private final List<Account> accounts;

    public AccountsInList(int scale) {
        int n = PgbenchData.accountCount(scale);
        List<Account> list = new ArrayList<>(n);
        for (int aid = 1; aid <= n; aid++) {
            list.add(PgbenchData.account(aid));
        }
        this.accounts = list;
    }

    public int size() {
        return accounts.size();
    }

    public TableSource<Account> table() {
        return new TableSource<>("public", "pgbench_accounts", "pgbench accounts, in a list",
                Account_PgRowType.INSTANCE, Rows.ofCollection(() -> accounts));
    }
}
