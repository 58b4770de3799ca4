package io.github.camelclicksend.voice;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

import io.github.camelclicksend.voice.model.Page;

/**
 * The child JVM of {@link SmallHeapPollingLoadTest}: polls every unread receipt of an account (in whatever heap the
 * parent gave it), waits until none is left unread, and prints one line: RESULT handed=N distinct=N millis=N
 * peakHeapMb=N.
 */
public final class SmallHeapPoller {

    private SmallHeapPoller() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        int expected = Integer.parseInt(args[3]);
        Set<String> ids = ConcurrentHashMap.newKeySet();
        AtomicInteger handed = new AtomicInteger();
        try (CamelContext context = new DefaultCamelContext()) {
            ClickSendVoiceComponent component = new ClickSendVoiceComponent();
            component.getConfiguration().setBaseUrl(baseUrl);
            component.getConfiguration().setUsername(args[1]);
            component.getConfiguration().setApiKey(args[2]);
            context.addComponent("clicksend-voice", component);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("clicksend-voice:receipts?delay=50&initialDelay=0").process(e -> {
                        handed.incrementAndGet();
                        ids.add(e.getIn().getHeader(ClickSendVoiceConstants.MESSAGE_ID, String.class));
                    });
                }
            });
            long start = System.nanoTime();
            context.start();
            while (handed.get() < expected || unread(context) > 0) {
                Thread.sleep(50);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("RESULT handed=%d distinct=%d millis=%d peakHeapMb=%d%n", handed.get(), ids.size(),
                    millis, peakHeapBytes() / (1024 * 1024));
        }
    }

    private static int unread(CamelContext context) {
        return context.createProducerTemplate().requestBody("clicksend-voice:receipts?limit=15", null, Page.class)
                .getTotal();
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
