package io.github.camelclicksend.voice.examples.springboot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The repository of the receipts acted on, in the example's schema on an embedded H2: a receipt delivered by both
 * consumers at the same moment is acted on by one, and the other's transaction goes on (it only rolls back to a
 * savepoint), so neither delivery fails.
 */
class HandledReceiptsTest {

    /** How long the first delivery holds its uncommitted key: the second one waits for it meanwhile. */
    private static final long FIRST_HOLDS_MILLIS = 800;

    private JdbcMessageIdRepository repository;
    private TransactionTemplate route;

    @BeforeEach
    void database() {
        DriverManagerDataSource database = new DriverManagerDataSource(
                "jdbc:h2:mem:handled-receipts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(database);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database);
        repository = new HandledReceiptsConfiguration().handledReceipts(new JdbcTemplate(database), transactions);
        repository.start();
        route = new TransactionTemplate(transactions);
    }

    @AfterEach
    void stop() {
        repository.stop();
    }

    @Test
    void aReceiptDeliveredTwiceAtOnceIsActedOnOnceAndNeitherTransactionFails() throws Exception {
        String key = "E22C4BB5-91DB-46FA-8322-CC2A694AC6BD:201:1796630108";
        CountDownLatch firstAdded = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> route.execute(status -> {
            boolean added = repository.add(key);
            firstAdded.countDown();
            pause();
            return added;
        }));
        assertThat(firstAdded.await(10, TimeUnit.SECONDS)).isTrue();

        Boolean second = route.execute(status -> repository.add(key)); // waits for the first to commit

        assertThat(first.get(10, TimeUnit.SECONDS)).as("the first delivery acts").isTrue();
        assertThat(second).as("the second is a duplicate, and its transaction commits").isFalse();
        assertThat(repository.contains(key)).isTrue();
        Boolean later = route.execute(status -> repository.add(key));
        assertThat(later).as("and so is any later one").isFalse();
    }

    @Test
    void aKeyRolledBackWithItsRouteIsNotHandled() {
        String key = "A1B2C3D4-0000-4000-8000-000000000001:301:1796630109";

        route.executeWithoutResult(status -> {
            assertThat(repository.add(key)).isTrue();
            status.setRollbackOnly(); // what the receipt changed failed: neither stays
        });

        assertThat(repository.contains(key)).isFalse();
        Boolean again = route.execute(status -> repository.add(key));
        assertThat(again).as("the receipt is acted on when it comes again").isTrue();
    }

    private static void pause() {
        try {
            Thread.sleep(FIRST_HOLDS_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
