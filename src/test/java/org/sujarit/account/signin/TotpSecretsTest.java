package org.sujarit.account.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TotpSecretsTest {
  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  @Test
  void theKeyFileIsCreatedOnceForItsOwnerOnly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data/secret.key");
    TotpSecrets first = TotpSecrets.load("", file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    TotpSecrets again = TotpSecrets.load(null, file);
    assertThat(again.id()).isEqualTo(first.id());
    UUID account = UUID.randomUUID();
    assertThat(again.open(account, first.seal(account, SECRET))).isEqualTo(SECRET);
  }

  @Test
  void aConfiguredKeyWinsOverTheFile(@TempDir Path dir) {
    byte[] raw = new byte[32];
    raw[0] = 7;
    TotpSecrets configured = TotpSecrets.load(Base64.getEncoder().encodeToString(raw), dir.resolve("secret.key"));
    assertThat(configured.id()).isEqualTo(new TotpSecrets(raw).id());
    assertThat(dir.resolve("secret.key")).doesNotExist();
    assertThatThrownBy(() -> TotpSecrets.load("c2hvcnQ=", dir.resolve("secret.key"))).hasMessageContaining("32 bytes");
  }

  @Test
  void theSealHidesTheSecretAndOpensOnlyForItsAccountWithItsKey(@TempDir Path dir) {
    TotpSecrets key = TotpSecrets.load(null, dir.resolve("a.key"));
    UUID account = UUID.randomUUID();
    String sealed = key.seal(account, SECRET);
    assertThat(sealed).startsWith("v1:" + key.id() + ":").doesNotContain(SECRET);
    assertThat(key.seal(account, SECRET)).as("a fresh IV each time").isNotEqualTo(sealed);

    assertThatThrownBy(() -> key.open(UUID.randomUUID(), sealed)).isInstanceOf(TotpSecrets.Unreadable.class)
        .hasMessageContaining("another account");
    TotpSecrets other = TotpSecrets.load(null, dir.resolve("b.key"));
    assertThatThrownBy(() -> other.open(account, sealed)).isInstanceOf(TotpSecrets.Unreadable.class)
        .hasMessageContaining(key.id()).hasMessageContaining("sujarit.security.secret-key");
    String altered = sealed.substring(0, sealed.length() - 6) + (sealed.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
    assertThatThrownBy(() -> key.open(account, altered)).isInstanceOf(TotpSecrets.Unreadable.class);
    assertThatThrownBy(() -> key.open(account, SECRET)).isInstanceOf(TotpSecrets.Unreadable.class);
  }

  @Test
  void aSecretSealedBeforeTheSharedKeyClassStillOpens() {
    TotpSecrets key = new TotpSecrets("another installation key, 32 by.".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    String stored = "v1:329c9e12b314258c:jrLsWoIkZLZdDt6LgvwAk9K4fACzBPalcB1EUaDGrNfybo7thOrrvp1EhA+yirg+SL52Uiyq9cfrSRaQ";
    assertThat(key.open(UUID.fromString("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b"), stored)).isEqualTo(SECRET);
  }
}
