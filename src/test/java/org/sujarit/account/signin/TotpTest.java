package org.sujarit.account.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {
  /** The SHA-1 seed of RFC 6238's appendix B. */
  static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void computesTheCodesOfRfc6238AppendixB() {
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)), 8)).isEqualTo("94287082");
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109)), 8)).isEqualTo("07081804");
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890)), 8)).isEqualTo("89005924");
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(20000000000L)), 8)).isEqualTo("65353130");
    // six digits are the last six of the eight
    assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)), 6)).isEqualTo("287082");
  }

  @Test
  void base32IsRfc4648() {
    assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
    assertThat(new String(Totp.base32("mzxw 6ytb oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
    assertThat(Totp.base32(Totp.base32(SEED))).isEqualTo(SEED);
    assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
  }

  @Test
  void acceptsOneStepEitherSideButNotAUsedOrDistantCode() {
    String secret = Totp.base32(SEED);
    Instant now = Instant.ofEpochSecond(1111111109);
    long step = Totp.step(now);
    assertThat(Totp.match(secret, "081804", now, 0)).hasValue(step);
    assertThat(Totp.match(secret, "081 804", now.plusSeconds(30), 0)).hasValue(step);
    assertThat(Totp.match(secret, "081804", now.plusSeconds(90), 0)).isEmpty();
    assertThat(Totp.match(secret, "081804", now, step)).as("already used").isEmpty();
    assertThat(Totp.match(secret, "08180", now, 0)).isEmpty();
    assertThat(Totp.match(secret, null, now, 0)).isEmpty();
  }

  @Test
  void theKeyUriNamesIssuerAndAccount() {
    assertThat(Totp.uri("Sujarit", "somchai.j", "JBSWY3DPEHPK3PXP"))
        .isEqualTo("otpauth://totp/Sujarit:somchai.j?secret=JBSWY3DPEHPK3PXP&issuer=Sujarit&algorithm=SHA1&digits=6&period=30");
  }
}
