package io.github.camelclicksend.voice.simulator;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one simulator for the test class, {@link ClickSendSimulator#reset() reset} before each
 * test, stopped after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();
 *
 * @Test
 * void sends(ClickSendSimulator sim) {   // or use SIM.baseUrl(), SIM.username(), SIM.apiKey()
 *     ...
 * }
 * }</pre>
 *
 * On a static field it lives for the whole class (nested classes share it); on an instance field it is
 * started before and stopped after each test. Test methods and constructors may declare a
 * {@link ClickSendSimulator} parameter.
 */
public class ClickSendSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final ClickSendSimulator.Builder builder;
    private ClickSendSimulator simulator;
    private int classScopes;
    private boolean startedForTest;

    /** A simulator with all defaults. */
    public ClickSendSimulatorExtension() {
        this(ClickSendSimulator.builder());
    }

    /** A simulator with these options, e.g. {@code ClickSendSimulator.builder().receiptDelay(Duration.ofMillis(50))}. */
    public ClickSendSimulatorExtension(ClickSendSimulator.Builder builder) {
        this.builder = builder;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (classScopes++ == 0) {
            simulator = builder.start();
        }
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (--classScopes == 0) {
            stop();
        }
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) {
        if (simulator == null) { // registered on an instance field: no class callbacks
            simulator = builder.start();
            startedForTest = true;
        } else {
            simulator.reset();
        }
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        if (startedForTest) {
            startedForTest = false;
            stop();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ClickSendSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return simulator();
    }

    /** The running simulator; fails outside the lifecycle. */
    public synchronized ClickSendSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The ClickSend simulator is not running (register the extension with "
                    + "@RegisterExtension and use it from a test)");
        }
        return simulator;
    }

    public String baseUrl() {
        return simulator().baseUrl();
    }

    public int port() {
        return simulator().port();
    }

    public String username() {
        return simulator().username();
    }

    public String apiKey() {
        return simulator().apiKey();
    }

    public FaultPlan faults() {
        return simulator().faults();
    }

    public List<RecordedRequest> requests() {
        return simulator().requests();
    }

    public List<SimulatedCall> acceptedMessages() {
        return simulator().acceptedMessages();
    }

    public List<SimulatedReceipt> receipts() {
        return simulator().receipts();
    }

    public Callees callees() {
        return simulator().callees();
    }

    public SimulatorClock clock() {
        return simulator().clock();
    }

    public List<ReceiptRule> receiptRules() {
        return simulator().receiptRules();
    }

    public List<PushRecord> pushes() {
        return simulator().pushes();
    }

    private void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
