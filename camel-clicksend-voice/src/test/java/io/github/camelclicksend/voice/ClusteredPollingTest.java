package io.github.camelclicksend.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.simulator.ClickSendSimulator;
import io.github.camelclicksend.voice.simulator.SimulatedReceipt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances polling one account (DESIGN 3.6): two Camel applications, each in a child JVM
 * ({@link ClusteredPollingApp}), poll the simulator (in this JVM) with Camel's ClusteredRoutePolicy over a
 * FileLockClusterService on a lock directory they share; only the leader polls. While receipts keep arriving, the
 * leader is killed with SIGKILL in the middle of a poll (its request for a page is the moment), holding receipts it
 * handled but has not marked read (markReadGrace keeps the newest unread). The other takes over and is handed them
 * again (at-least-once); the idempotent consumer on CamelClickSendVoiceReceiptKey, over a JDBC repository on an H2
 * server both JVMs share, lets each through once. Asserted: every receipt handled exactly once, by one instance;
 * printed: deliveries before and after the idempotent consumer.
 */
class ClusteredPollingTest {

    private static final int BURSTS = 20;
    private static final int PER_BURST = 30;
    private static final int RECEIPTS = BURSTS * PER_BURST;
    private static final long BURST_GAP_MILLIS = 300;
    private static final int KILL_AFTER_HANDLED = 150;
    private static final String DELIVERY_DDL = "create table delivery (instance varchar(20), receipt_key varchar(200), "
                                               + "stage varchar(10), at timestamp default current_timestamp)";

    private final Map<String, Process> instances = new LinkedHashMap<>();
    private ClickSendSimulator sim;
    private Server h2;
    private Path work;
    private JdbcConnectionPool database;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : instances.values()) {
            process.getOutputStream().close(); // an instance ends when its stdin closes
        }
        for (Process process : instances.values()) {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (sim != null) {
            sim.close();
        }
        if (database != null) {
            database.dispose();
        }
        if (h2 != null) {
            h2.stop();
        }
    }

    @Test
    void theLeaderKilledMidPollLosesNothingAndTheIdempotentConsumerLetsEachReceiptThroughOnce() throws Exception {
        long began = System.nanoTime();
        work = Files.createDirectories(Path.of("target", "clustered-polling", UUID.randomUUID().toString()));
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        String jdbcUrl = "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:receipts;DB_CLOSE_DELAY=-1";
        database = JdbcConnectionPool.create(jdbcUrl, "", "");
        update(database, DELIVERY_DDL);
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(database, ClusteredPollingApp.NAMESPACE);
        repository.start(); // creates its table once, before two JVMs would race to
        repository.stop();

        sim = ClickSendSimulator.start();
        // The account's configuration: ClickSend keeps receipts for polling only while a POLL rule exists (the
        // polling consumer also creates it when missing, at its first poll; these receipts come before that).
        sim.addPollRule();

        for (String name : List.of("a", "b")) {
            instances.put(name, start(name, jdbcUrl));
        }
        await(90, () -> instances.keySet().stream().allMatch(name -> output(name).contains(
                ClusteredPollingApp.STARTED)), "both instances started");

        AtomicReference<String> killed = new AtomicReference<>();
        AtomicLong handledAtKill = new AtomicLong();
        AtomicLong killedAt = new AtomicLong();
        sim.onReceiptsPage((username, page, receipts) -> {
            long handled = count(database, "select count(*) from delivery where stage = 'handled'");
            if (killed.get() == null && handled >= KILL_AFTER_HANDLED) {
                // only the leader polls, so the instance that handled receipts so far is the one asking now
                String leader = single(database, "select distinct instance from delivery");
                killed.set(leader);
                handledAtKill.set(handled);
                killedAt.set(System.nanoTime());
                kill9(instances.get(leader));
            }
        });

        for (int burst = 0; burst < BURSTS; burst++) {
            sim.addReceipts(PER_BURST, SimulatedReceipt.builder());
            Thread.sleep(BURST_GAP_MILLIS);
        }
        await(60, () -> count(database, "select count(distinct receipt_key) from delivery where stage = 'handled'")
                        >= RECEIPTS, "every receipt handled");

        String dead = killed.get();
        assertThat(dead).as("the leader was killed mid-stream").isNotNull();
        String survivor = instances.keySet().stream().filter(name -> !name.equals(dead)).findFirst().orElseThrow();
        assertThat(instances.get(dead).exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Set<String> expectedIds = sim.receipts().stream().map(SimulatedReceipt::messageId).collect(Collectors.toSet());
        List<String> handledKeys = strings(database, "select receipt_key from delivery where stage = 'handled'");
        assertThat(handledKeys).as("each receipt handled once").hasSize(RECEIPTS).doesNotHaveDuplicates();
        assertThat(handledKeys.stream().map(key -> key.substring(0, key.indexOf(':'))).collect(Collectors.toSet()))
                .as("nothing lost").isEqualTo(expectedIds);
        long redelivered = count(database, "select count(*) from delivery p join delivery h on p.receipt_key = "
                + "h.receipt_key where p.stage = 'polled' and p.instance = '" + survivor + "' and h.stage = 'handled' "
                + "and h.instance = '" + dead + "'");
        assertThat(redelivered).as("handed over again to the new leader: handled by the dead one, not marked read")
                .isPositive();
        assertThat(count(database, "select count(*) from CAMEL_MESSAGEPROCESSED")).as("keys in the shared repository")
                .isEqualTo(RECEIPTS);
        assertThat(count(database, "select count(*) from delivery where stage = 'handled' and instance = '" + survivor
                + "'")).as("the survivor took over").isPositive();

        long polled = count(database, "select count(*) from delivery where stage = 'polled'");
        System.out.printf("[figures] %d receipts, 2 JVMs, ClusteredRoutePolicy over FileLockClusterService: leader %s "
                          + "killed (SIGKILL) after %d handled; deliveries to the route before the idempotent consumer "
                          + "%d (%s), after %d (%s); %d handed over again to %s and filtered; first receipt handled by "
                          + "%s %d ms after the kill; test %d s%n",
                RECEIPTS, dead, handledAtKill.get(), polled, perInstance(database, "polled"), handledKeys.size(),
                perInstance(database, "handled"), redelivered, survivor, survivor,
                firstHandledMillisAfter(database, survivor, killedAt.get()),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));
    }

    private Process start(String name, String jdbcUrl) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dlog4j2.configurationFile=log4j2-child.xml", "-cp", System.getProperty("java.class.path"),
                ClusteredPollingApp.class.getName(), sim.baseUrl(), work.resolve("locks").toString(), jdbcUrl, name)
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("CLICKSEND_USERNAME", sim.username());
        builder.environment().put("CLICKSEND_API_KEY", sim.apiKey());
        return builder.start();
    }

    private static void kill9(Process process) {
        try {
            if (!process.destroyForcibly().waitFor(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the killed JVM is still alive");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String output(String name) {
        try {
            Path log = work.resolve(name + ".log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void await(int seconds, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s: " + what + "; instances' output:\n"
                        + instances.keySet().stream().map(name -> name + ": " + output(name))
                                .collect(Collectors.joining("\n")));
            }
            Thread.sleep(100);
        }
    }

    private static String perInstance(DataSource database, String stage) {
        return String.join(", ", strings(database, "select instance || ' ' || count(*) from delivery where stage = '"
                + stage + "' group by instance order by instance"));
    }

    private static long firstHandledMillisAfter(DataSource database, String instance, long killedAtNanos) {
        List<String> first = strings(database, "select datediff('millisecond', min(at), current_timestamp) "
                + "from delivery where stage = 'handled' and instance = '" + instance + "'");
        long millisSinceFirst = Long.parseLong(first.get(0));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAtNanos) - millisSinceFirst;
    }

    private static void update(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long count(DataSource database, String sql) {
        return Long.parseLong(single(database, sql));
    }

    private static String single(DataSource database, String sql) {
        List<String> rows = strings(database, sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    private static List<String> strings(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
