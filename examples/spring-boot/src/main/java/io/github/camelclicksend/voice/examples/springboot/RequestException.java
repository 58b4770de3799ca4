package io.github.camelclicksend.voice.examples.springboot;

/** A request answered with {@code status} and a JSON body naming the field at fault (null: the whole body). */
class RequestException extends RuntimeException {

    private final int status;
    private final String field;

    RequestException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    int status() {
        return status;
    }

    String field() {
        return field;
    }
}
