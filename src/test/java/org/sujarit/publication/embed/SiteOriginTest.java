package org.sujarit.publication.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sujarit.common.RuleViolation;

class SiteOriginTest {

  @ParameterizedTest
  @CsvSource({
      "https://www.huaysaingam.go.th, https://www.huaysaingam.go.th",
      "https://www.huaysaingam.go.th/index.php?page=ita#o25, https://www.huaysaingam.go.th",
      "  WWW.HuaySaiNgam.go.th/ , https://www.huaysaingam.go.th",
      "http://huaysaingam.go.th:80/, http://huaysaingam.go.th",
      "https://huaysaingam.go.th:8443/ita, https://huaysaingam.go.th:8443",
      "https://อบต.ห้วยทรายงาม.ไทย/หน้าแรก, https://xn--m3cj0d.xn--72c5a5abbfz5a1ec9v.xn--o3cw4h",
      "localhost:8080, https://localhost:8080"})
  void keepsOnlyTheOriginOfWhatTheOfficerPasted(String typed, String origin) {
    assertThat(SiteOrigin.parse(typed).value()).isEqualTo(origin);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "ftp://example.go.th", "javascript:alert(1)", "https://", "https://user:pw@example.go.th",
      "https://example.go.th; script-src *", "https://*.example.go.th", "https://exa mple.go.th", "https://example.go.th'",
      "https://-bad-.go.th", "https://example", "https://example.go.th:0", "https://example.go.th:99999", "https://[::1]",
      "data:text/html,x", "https://example.go.th,https://evil.example"})
  void refusesAnythingThatIsNotAWebsite(String typed) {
    assertThatThrownBy(() -> SiteOrigin.parse(typed)).isInstanceOfSatisfying(RuleViolation.class, e -> {
      assertThat(e.messageKey()).isEqualTo("embed.site.invalid");
      assertThat(e.field()).isEqualTo("site");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://www.example.go.th/", "https://WWW.example.go.th", "www.example.go.th"})
  void aStoredValueIsAlreadyAnOrigin(String notAnOrigin) {
    assertThatThrownBy(() -> new SiteOrigin(notAnOrigin)).isInstanceOf(IllegalArgumentException.class);
  }
}
