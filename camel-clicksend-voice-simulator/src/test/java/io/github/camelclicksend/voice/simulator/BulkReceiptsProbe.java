package io.github.camelclicksend.voice.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Run in a JVM with a small heap by {@link BulkReceiptsHeapTest}: adds N unread receipts, reads them all back
 * over HTTP page by page (100 a page), marks them read, and prints what it measured. Exit code 0 when every
 * receipt was seen exactly once.
 */
public final class BulkReceiptsProbe {

    private BulkReceiptsProbe() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        Instant timestamp = Instant.ofEpochSecond(1_900_000_000L);
        try (ClickSendSimulator sim = ClickSendSimulator.start()) {
            Api api = new Api(sim);
            sim.addPollRule();
            long before = usedHeapAfterGc();
            sim.addReceipts(count, SimulatedReceipt.builder().timestamp(timestamp).customString("bulk"));
            long after = usedHeapAfterGc();

            Set<String> seen = new HashSet<>();
            int pages = 0;
            for (String next = "/voice/receipts?limit=100"; next != null; pages++) {
                JsonNode page = api.get(next).data();
                page.get("data").forEach(r -> seen.add(r.get("message_id").asText()));
                next = page.get("next_page_url").isNull() ? null : page.get("next_page_url").asText();
            }
            api.put("/voice/receipts-read", "{\"date_before\":" + (timestamp.getEpochSecond() + 1) + "}");
            int unread = api.get("/voice/receipts").data().get("total").asInt();

            System.out.println("receipts=" + count + " seen=" + seen.size() + " pages=" + pages + " unreadAfter="
                    + unread + " heapPerReceipt=" + (after - before) / Math.max(1, count) + "B maxHeap="
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "MiB");
            System.exit(seen.size() == count && unread == 0 ? 0 : 1);
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
