package io.github.camelclicksend.voice.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** API credentials known to the simulator, including ClickSend's documented test accounts. */
final class Accounts {

    enum Standing { ACTIVE, NO_CREDIT, NOT_ACTIVE, BANNED }

    /** One API user; {@code userId} fills {@code user_id}/{@code subaccount_id} in responses. */
    static final class Account {
        final String username;
        final String apiKey;
        final int userId;
        final Standing standing;

        Account(String username, String apiKey, int userId, Standing standing) {
            this.username = username;
            this.apiKey = apiKey;
            this.userId = userId;
            this.standing = standing;
        }

        @Override
        public String toString() {
            return "Account[" + username + "]"; // never the key
        }
    }

    private final Map<String, Account> byUsername = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(1000);

    Accounts() {
        add(ClickSendSimulator.NOCREDIT_USERNAME, ClickSendSimulator.TEST_ACCOUNTS_API_KEY, Standing.NO_CREDIT);
        add(ClickSendSimulator.NOTACTIVE_USERNAME, ClickSendSimulator.TEST_ACCOUNTS_API_KEY, Standing.NOT_ACTIVE);
        add(ClickSendSimulator.BANNED_USERNAME, ClickSendSimulator.TEST_ACCOUNTS_API_KEY, Standing.BANNED);
    }

    void add(String username, String apiKey, Standing standing) {
        if (username == null || username.isEmpty() || username.contains(":") || apiKey == null || apiKey.isEmpty()) {
            throw new IllegalArgumentException("username (without ':') and apiKey must not be empty");
        }
        byUsername.compute(username, (u, old) ->
                new Account(u, apiKey, old != null ? old.userId : ids.incrementAndGet(), standing));
    }

    Account get(String username) {
        return byUsername.get(username);
    }

    /** The account whose Basic credentials are in the header, or null when missing or wrong. */
    Account authenticate(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return null;
        }
        Account account = byUsername.get(decoded.substring(0, colon));
        if (account == null || !MessageDigest.isEqual(account.apiKey.getBytes(StandardCharsets.UTF_8),
                decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        return account;
    }
}
