/**
 * A stateful, offline stand-in for the ClickSend REST API v3 Voice endpoints, for tests, examples and demos.
 * No Camel dependency; Jackson is its only runtime dependency.
 *
 * <h2>Use</h2>
 * <ul>
 *   <li>JUnit 5: {@code @RegisterExtension static ClickSendSimulatorExtension SIM = new ClickSendSimulatorExtension();}
 *       one simulator per test class, reset before each test; a {@link io.github.camelclicksend.voice.simulator.ClickSendSimulator}
 *       test-method parameter is injected.</li>
 *   <li>Library: {@code try (ClickSendSimulator sim = ClickSendSimulator.builder().receiptDelay(...).build().start()) {...}}
 *       or {@code ClickSendSimulator.start()} with defaults; {@code sim.baseUrl()} is {@code http://127.0.0.1:PORT/v3}.</li>
 *   <li>Command line: {@code java -jar camel-clicksend-voice-simulator-<version>-standalone.jar [--port N]
 *       [--username U --api-key K] [--receipt-delay-ms N] [--https] [--verbose] ...}; {@code --help} lists all.
 *       Read-only ledgers: {@code GET /_simulator/requests} and {@code GET /_simulator/pushes}.</li>
 * </ul>
 *
 * <h2>Endpoints</h2>
 * All under {@code /v3}, HTTP Basic auth, envelope {@code {"http_code","response_code","response_msg","data"}}:
 * {@code POST /voice/send}, {@code POST /voice/price}, {@code GET /voice/history},
 * {@code GET /voice/history/export} (+ {@code GET /files/{id}}), {@code GET /voice/lang},
 * {@code GET|POST /voice/receipts}, {@code PUT /voice/receipts-read}, {@code GET /voice/receipts/{message_id}},
 * {@code PUT /voice/{message_id}/cancel}, {@code PUT /voice/cancel-all}, and the voice delivery-receipt rules
 * {@code GET|POST /automations/voice/receipts}, {@code GET|PUT|DELETE /automations/voice/receipts/{receipt_rule_id}}.
 * Every answer carries {@code Date} (from {@link io.github.camelclicksend.voice.simulator.SimulatorClock}),
 * {@code x-ratelimit-limit}, {@code x-ratelimit-remaining} and {@code ratelimit-reset}.
 *
 * <h2>Receipts</h2>
 * Kept for polling (always, or only with a POLL rule), pushed to URL rules
 * ({@link io.github.camelclicksend.voice.simulator.PushFormat}, retries, a ledger of
 * {@link io.github.camelclicksend.voice.simulator.PushRecord}s); who answers and which keys are pressed is set with
 * {@link io.github.camelclicksend.voice.simulator.Callees}.
 *
 * <h2>Faults</h2>
 * {@link io.github.camelclicksend.voice.simulator.FaultPlan} ({@code sim.faults()}): API errors with or without
 * processing, 429 with Retry-After, connection resets before/after processing, FIN without answer, truncated
 * JSON, proxy HTML pages, trickled answers, latency; targeted by path, method and skip count.
 *
 * <h2>HTTPS</h2>
 * {@link io.github.camelclicksend.voice.simulator.SimulatorTls}: the shipped self-signed keystore
 * {@code simulator-tls.p12} (password {@code simulator}) and matching server/client {@code SSLContext}s.
 *
 * <p>The user guide is {@code docs/simulator.md} in the project.
 */
package io.github.camelclicksend.voice.simulator;
