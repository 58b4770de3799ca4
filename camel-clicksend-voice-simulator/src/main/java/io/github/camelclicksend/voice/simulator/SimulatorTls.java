package io.github.camelclicksend.voice.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The self-signed certificate shipped for HTTPS tests: classpath resource {@value #KEYSTORE_RESOURCE},
 * PKCS12, password {@value #KEYSTORE_PASSWORD}, alias {@code simulator}, {@code CN=localhost} with
 * SAN {@code dns:localhost, ip:127.0.0.1}, valid for 100 years. Test-only: the private key is public.
 */
public final class SimulatorTls {

    /** Classpath resource name (at the root of the jar). */
    public static final String KEYSTORE_RESOURCE = "simulator-tls.p12";
    public static final String KEYSTORE_PASSWORD = "simulator";
    public static final String KEYSTORE_TYPE = "PKCS12";

    private SimulatorTls() {
    }

    /** The key store holding the simulator's key and self-signed certificate. */
    public static KeyStore keyStore() {
        try (InputStream in = SimulatorTls.class.getClassLoader().getResourceAsStream(KEYSTORE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(KEYSTORE_RESOURCE + " is not on the classpath");
            }
            KeyStore keyStore = KeyStore.getInstance(KEYSTORE_TYPE);
            keyStore.load(in, KEYSTORE_PASSWORD.toCharArray());
            return keyStore;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Server side: for {@link ClickSendSimulator.Builder#https(SSLContext)}. */
    public static SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keyStore(), KEYSTORE_PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Client side: trusts exactly the simulator's certificate (host name verification still applies). */
    public static SSLContext clientContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(keyStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
