package org.griddesk.platform.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.griddesk.platform.store.AccountStore;
import org.griddesk.platform.store.StoredAccount;

/** Creates accounts for one county: the command line and the tests go through this same path. */
public final class AccountService {
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private final String county;
    private final AccountStore accounts;
    private final PasswordHasher hasher;

    public AccountService(String county, AccountStore accounts, PasswordHasher hasher) {
        this.county = county;
        this.accounts = accounts;
        this.hasher = hasher;
    }

    public Session add(NewAccount account) {
        String username = requireUsername(account.username());
        Role role = Role.parse(account.role());
        List<String> grids = requireGrids(account.grids());
        PasswordHasher.requireAcceptable(account.password());
        StoredAccount stored = new StoredAccount(county, username, role.wireName(), hasher.hash(account.password()),
                false, grids);
        if (!accounts.insert(stored)) {
            throw new AlreadyExistsException("User '" + username + "' already exists in county " + county);
        }
        return new Session(username, role, grids);
    }

    /**
     * Gives the account exactly these grids; its devices drop the records of grids taken away on their next pull.
     * The grids taken are remembered, so that edits its devices made offline to those grids' records are kept for
     * review rather than refused.
     */
    public GridAssignment setGrids(String username, List<String> grids) {
        String name = requireUsername(username);
        List<String> checked = requireGrids(grids);
        List<String> taken = accounts.replaceGrids(county, name, checked)
                .orElseThrow(() -> new InvalidInputException("No user '" + name + "' in county " + county));
        StoredAccount changed = accounts.find(county, name).orElseThrow();
        return new GridAssignment(new Session(name, Role.parse(changed.role()), changed.grids()), taken);
    }

    static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("Username must be 1 to 64 letters, digits or . _ @ -");
        }
        return username;
    }

    private List<String> requireGrids(List<String> grids) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String grid : grids) {
            AdministrativeCodes.requireInCounty(county, AdministrativeCodes.requireGridCode(grid.trim()));
            distinct.add(grid.trim());
        }
        return List.copyOf(distinct);
    }
}
