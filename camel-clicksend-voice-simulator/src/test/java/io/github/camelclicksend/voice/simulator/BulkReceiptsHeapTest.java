package io.github.camelclicksend.voice.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 100,000 unread receipts are added and polled page by page by a simulator in a 64 MiB heap. */
class BulkReceiptsHeapTest {

    @Test
    void oneHundredThousandUnreadReceiptsFitInASmallHeap() {
        ChildJvm.Result result = ChildJvm.run(List.of("-Xmx64m", "-XX:+UseSerialGC"), BulkReceiptsProbe.class,
                "100000");

        assertThat(result.stderr()).doesNotContain("OutOfMemoryError");
        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout()).contains("receipts=100000 seen=100000 pages=1000 unreadAfter=0");
        System.out.println(result.stdout().trim()); // the measured bytes per receipt, in the surefire report
    }
}
