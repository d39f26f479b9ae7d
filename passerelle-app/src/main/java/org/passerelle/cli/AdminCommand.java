package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.auth.ApiKeys;
import org.passerelle.auth.IssuedKey;
import org.passerelle.auth.Role;
import org.passerelle.config.GatewayConfig;
import org.passerelle.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/** {@code passerelle admin}: users and API keys, directly in the gateway's database. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manages users and API keys (keys are stored hashed and shown once).",
        subcommands = {AdminCommand.UserCreate.class, AdminCommand.KeyCreate.class, AdminCommand.KeyList.class,
                AdminCommand.KeyRevoke.class})
final class AdminCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the database is: the same options as {@code serve}. */
    static class Storage {
        @picocli.CommandLine.Mixin
        ConfigOptions options = new ConfigOptions();

        /** Opens the database, runs the action on its keys, closes the database. */
        void withKeys(java.util.function.Consumer<ApiKeys> action) {
            GatewayConfig configuration = options.load();
            try (Database database = Database.open(configuration.storageUrl())) {
                action.accept(new ApiKeys(database.jdbi(), Clock.systemUTC(), new SecureRandom()));
            }
        }
    }

    @Command(name = "user-create", mixinStandardHelpOptions = true, description = "Creates a user and prints a first API key.")
    static final class UserCreate implements Runnable {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Storage storage = new Storage();
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--role", description = "user or admin (default: ${DEFAULT-VALUE}).", defaultValue = "USER")
        Role role;

        @Override
        public void run() {
            storage.withKeys(keys -> {
                String id = keys.createUser(name, role);
                IssuedKey key = keys.issue(id, "personal");
                PrintWriter out = spec.commandLine().getOut();
                out.println("user " + name + " created (" + role.name().toLowerCase() + "); API key, shown this once:");
                out.println("  " + key.secret());
            });
        }
    }

    @Command(name = "key-create", mixinStandardHelpOptions = true, description = "Issues a new API key for a user.")
    static final class KeyCreate implements Runnable {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Storage storage = new Storage();
        @Parameters(paramLabel = "USER")
        String user;
        @Option(names = "--kind", description = "personal or automated (default: ${DEFAULT-VALUE}).", defaultValue = "personal")
        String kind;

        @Override
        public void run() {
            if (!kind.equals("personal") && !kind.equals("automated")) {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "invalid-kind",
                        "--kind must be personal or automated");
            }
            storage.withKeys(keys -> {
                String id = keys.userId(user).orElseThrow(() -> new PasserelleException(PasserelleException.Kind.NOT_FOUND,
                        "no-such-user", "no user is named " + user));
                IssuedKey key = keys.issue(id, kind);
                spec.commandLine().getOut().println("key " + key.keyId() + " for " + user + ", shown this once:\n  " + key.secret());
            });
        }
    }

    @Command(name = "key-list", mixinStandardHelpOptions = true, description = "Lists keys (never their secrets).")
    static final class KeyList implements Runnable {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Storage storage = new Storage();

        @Override
        public void run() {
            storage.withKeys(keys -> {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-36s %-16s %-12s %-10s %-20s %s%n", "id", "user", "prefix", "kind", "created", "revoked");
                for (Map<String, Object> key : keys.list()) {
                    out.printf("%-36s %-16s %-12s %-10s %-20s %s%n", key.get("id"), key.get("user_name"), key.get("prefix"),
                            key.get("kind"), String.valueOf(key.get("created_at")).replace('T', ' '),
                            key.get("revoked_at") == null ? "-" : String.valueOf(key.get("revoked_at")));
                }
            });
        }
    }

    @Command(name = "key-revoke", mixinStandardHelpOptions = true, description = "Revokes a key by id.")
    static final class KeyRevoke implements Runnable {
        @Spec
        CommandSpec spec;
        @picocli.CommandLine.Mixin
        Storage storage = new Storage();
        @Parameters(paramLabel = "KEY_ID")
        String keyId;

        @Override
        public void run() {
            storage.withKeys(keys -> {
                if (!keys.revoke(keyId)) {
                    throw new PasserelleException(PasserelleException.Kind.NOT_FOUND, "no-such-key",
                            "no live key has the id " + keyId);
                }
                spec.commandLine().getOut().println("key " + keyId + " revoked");
            });
        }
    }
}
