package io.github.camelclicksend.voice.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A call service: POST /calls with a call request as JSON, and the call is placed through ClickSend. */
@SpringBootApplication
public class CallServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CallServiceApplication.class, args);
    }
}
