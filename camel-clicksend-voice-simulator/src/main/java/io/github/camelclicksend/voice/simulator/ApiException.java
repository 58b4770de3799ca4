package io.github.camelclicksend.voice.simulator;

/** Ends a request with an API error envelope (e.g. 400 BAD_REQUEST, 404 NOT_FOUND). */
final class ApiException extends RuntimeException {

    final int status;
    final String responseCode;

    ApiException(int status, String responseCode, String responseMsg) {
        super(responseMsg, null, false, false);
        this.status = status;
        this.responseCode = responseCode;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "BAD_REQUEST", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "NOT_FOUND", message);
    }

    HttpResponse toResponse() {
        return Json.response(status, responseCode, getMessage(), null);
    }
}
