package io.github.camelclicksend.voice.client;

import org.apache.hc.core5.http.Header;

/**
 * A header whose value goes on the wire but never into a log: HttpClient's DEBUG header log prints headers with
 * {@link #toString()}, while the request writer reads {@link #getValue()}.
 */
final class SecretHeader implements Header {

    private final String name;
    private final String value;

    SecretHeader(String name, String value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public boolean isSensitive() {
        return true;
    }

    @Override
    public String toString() {
        return name + ": ***";
    }
}
