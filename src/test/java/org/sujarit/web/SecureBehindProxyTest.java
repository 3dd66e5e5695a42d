package org.sujarit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.sujarit.TestData;

/** Through the real server: a request that came over TLS to the proxy gets a Secure session cookie and HSTS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestData.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecureBehindProxyTest {
  @LocalServerPort int port;

  @Test
  void overTlsThroughTheProxyTheCookieIsSecureAndHstsIsSent() throws Exception {
    HttpResponse<String> r = login("https");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
    assertThat(r.headers().allValues("Set-Cookie")).isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure"));
  }

  @Test
  void overPlainHttpNeitherIsSent() throws Exception {
    HttpResponse<String> r = login(null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(r.headers().allValues("Set-Cookie")).isNotEmpty().noneSatisfy(c -> assertThat(c).contains("Secure"));
  }

  private HttpResponse<String> login(String forwardedProto) throws Exception {
    var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET();
    if (forwardedProto != null) b.header("X-Forwarded-Proto", forwardedProto);
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
