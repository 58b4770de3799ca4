package io.github.camelclicksend.voice.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The response a fault puts on the wire instead of (or built from) the real one. */
final class FaultResponses {

    private FaultResponses() {
    }

    /**
     * @param processed the real response when the fault's type processes the request, else null
     * @return the response to write; for drops and closes the real one, which is never written
     */
    static HttpResponse apply(Fault fault, HttpResponse processed, HttpRequest request, SimHttpServer.Handler handler) {
        switch (fault.type()) {
            case RESPOND:
                return retryHeaders(fault, handler.decorate(Json.error(fault.status()), request));
            case RESPOND_AFTER_PROCESSING:
                return retryHeaders(fault, processed.withBody(fault.status(), HttpResponse.JSON,
                        Json.write(Json.envelope(fault.status(), Json.codeFor(fault.status()),
                                Json.messageFor(fault.status()), null))));
            case MALFORMED_JSON:
                return processed.withBody(200, HttpResponse.JSON,
                        Arrays.copyOf(processed.body, Math.max(1, processed.body.length / 2)));
            case HTML_ERROR_PAGE:
                return htmlPage(fault.status());
            default:
                return processed;
        }
    }

    private static HttpResponse retryHeaders(Fault fault, HttpResponse response) {
        Long retryAfter = fault.retryAfterSeconds();
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter.toString());
            response.header("ratelimit-reset", retryAfter.toString());
        }
        if (fault.status() == 429) {
            response.header("x-ratelimit-remaining", "0");
        }
        return response;
    }

    /** What nginx in front of an API says when the upstream is gone: no JSON, no API headers. */
    static HttpResponse htmlPage(int status) {
        String title = status + " " + HttpResponse.reason(status);
        String html = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return new HttpResponse(status, "text/html", html.getBytes(StandardCharsets.UTF_8));
    }
}
