package io.github.camelclicksend.voice.examples.springboot;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receipts the reminder loop has acted on, as the key {@code CamelClickSendVoiceReceiptKey}: camel-sql's
 * {@link JdbcMessageIdRepository} in the application's database, next to the appointments, so that it outlives a
 * restart and a key is committed in the same transaction as the change its receipt made.
 */
@Configuration(proxyBeanMethods = false)
public class HandledReceiptsConfiguration {

    @Bean
    JdbcMessageIdRepository handledReceipts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        // joins the route's transaction; a key there already (the other consumer was quicker) rolls back to a
        // savepoint and counts as a duplicate, and the route's transaction goes on
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        JdbcMessageIdRepository repository = new JdbcMessageIdRepository(jdbc, savepoint);
        repository.setProcessorName("reminder-answers");
        repository.setCreateTableIfNotExists(false); // schema.sql creates it, for H2 and PostgreSQL alike
        return repository;
    }
}
