package org.sujarit.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Aes256KeyTest {
  static final byte[] RAW = "another installation key, 32 by.".getBytes(StandardCharsets.US_ASCII);
  /** Sealed by TotpSecrets before it was built on this class (the base64 after "v1:329c9e12b314258c:"). */
  static final String SEALED_BEFORE = "jrLsWoIkZLZdDt6LgvwAk9K4fACzBPalcB1EUaDGrNfybo7thOrrvp1EhA+yirg+SL52Uiyq9cfrSRaQ";
  static final byte[] AAD_BEFORE = "totp/6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b".getBytes(StandardCharsets.US_ASCII);

  @Test
  void opensWhatTheEarlierCodeSealed() throws Exception {
    Aes256Key key = new Aes256Key(RAW);
    assertThat(key.id()).isEqualTo("329c9e12b314258c");
    assertThat(new String(key.open(Base64.getDecoder().decode(SEALED_BEFORE), AAD_BEFORE), StandardCharsets.US_ASCII))
        .isEqualTo("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
  }

  @Test
  void sealsAsNonceCiphertextAndTagBoundToItsAssociatedData() throws Exception {
    Aes256Key key = Aes256Key.generate();
    byte[] plain = "เงินทอน".getBytes(StandardCharsets.UTF_8);
    byte[] aad = "case/data".getBytes(StandardCharsets.US_ASCII);
    byte[] sealed = key.seal(plain, aad);
    assertThat(sealed).hasSize(Aes256Key.NONCE + plain.length + 16);
    assertThat(key.seal(plain, aad)).as("a fresh nonce each time").isNotEqualTo(sealed);
    assertThat(key.open(sealed, aad)).isEqualTo(plain);
    // the streaming cipher with the stored nonce reads the same bytes
    Cipher c = key.gcm(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(sealed, Aes256Key.NONCE), aad);
    assertThat(c.doFinal(sealed, Aes256Key.NONCE, sealed.length - Aes256Key.NONCE)).isEqualTo(plain);

    assertThatThrownBy(() -> key.open(sealed, "other/data".getBytes(StandardCharsets.US_ASCII))).isInstanceOf(GeneralSecurityException.class);
    assertThatThrownBy(() -> Aes256Key.generate().open(sealed, aad)).isInstanceOf(GeneralSecurityException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> key.open(sealed, aad)).isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void loadsTheConfiguredKeyElseCreatesTheFileOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys/a.key");
    Aes256Key created = Aes256Key.load(null, file);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Files.readString(file)).isEqualTo(created.base64() + "\n");
    assertThat(Aes256Key.load(" ", file).id()).isEqualTo(created.id());
    assertThat(Aes256Key.load(created.base64(), dir.resolve("unused.key")).bytes()).isEqualTo(created.bytes());
    assertThat(Files.exists(dir.resolve("unused.key"))).isFalse();
    assertThatThrownBy(() -> Aes256Key.load("c2hvcnQ=", file)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new Aes256Key(new byte[16])).isInstanceOf(IllegalArgumentException.class);
  }
}
