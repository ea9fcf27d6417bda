package dev.vigil.fakecloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FakeCloudMainTest {

    @Test
    void printsEndpointAndCredentialsThenStopsOnInterrupt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Thread runner = new Thread(() -> FakeCloudMain.run(5, 9L, 0, 0, out));
        runner.start();
        String text = "";
        for (int i = 0; i < 1200 && !text.contains("Ctrl-C"); i++) { // up to 60 s on a loaded machine
            Thread.sleep(50);
            text = bytes.toString(StandardCharsets.UTF_8);
        }
        assertThat(text).contains("export AWS_ENDPOINT_URL=http://127.0.0.1:", "export AWS_ACCESS_KEY_ID=AKIA",
                "export AWS_SECRET_ACCESS_KEY=fake-secret-");
        String endpoint = text.lines().filter(l -> l.startsWith("export AWS_ENDPOINT_URL=")).findFirst().orElseThrow()
                .substring("export AWS_ENDPOINT_URL=".length());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("MissingAuthenticationToken");
        runner.interrupt();
        runner.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(runner.isAlive()).isFalse();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("fake cloud stopped");
    }
}
