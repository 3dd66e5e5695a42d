package org.sujarit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.TestData;

/**
 * A 30 MB upload through the real server (the browser tests' context): refused with 413 and a Thai
 * page or problem before Spring Security's filters parse the multipart body, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OversizedRequestTest {
  private static final byte[] THIRTY_MB = new byte[30 * 1024 * 1024];
  @LocalServerPort int port;

  @Test
  void theWebImportPageAnswers413WithAThaiPage() throws Exception {
    HttpResponse<String> r = post("/organizations/" + UUID.randomUUID() + "/import");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(r.body()).contains("ไฟล์ใหญ่เกินไป").contains("25 MB");
  }

  @Test
  void theApiAnswers413WithAProblemDocument() throws Exception {
    HttpResponse<String> r = post("/api/plans/" + UUID.randomUUID() + "/progress/2569/1/items/" + UUID.randomUUID() + "/evidence");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"code\":\"too-large\"");
  }

  private HttpResponse<String> post(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=x").POST(HttpRequest.BodyPublishers.ofByteArray(THIRTY_MB)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
