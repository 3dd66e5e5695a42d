package org.sujarit.complaint.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import org.sujarit.database.MemoryCounters;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectionTest {
  static final String SECRET = "นายก อบต. รับเงินทอนจากผู้รับเหมาถนนหมู่ 3";

  @Test
  void sealedTextRoundTripsAndHoldsNoPlaintext() {
    InstallationKey kek = InstallationKey.generate();
    UUID caseId = UUID.randomUUID();
    CaseKey key = CaseKey.generate(caseId);
    byte[] sealed = key.seal(SECRET);
    assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("เงินทอน");
    assertThat(indexOf(sealed, SECRET.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    byte[] wrapped = key.wrap(kek);
    assertThat(CaseKey.unwrap(wrapped, kek, caseId).openText(sealed)).isEqualTo(SECRET);
    // bound to its case, its key and its bytes
    assertThatThrownBy(() -> CaseKey.unwrap(wrapped, kek, UUID.randomUUID())).isInstanceOf(CaseKey.SealBrokenException.class);
    assertThatThrownBy(() -> CaseKey.unwrap(wrapped, InstallationKey.generate(), caseId)).isInstanceOf(CaseKey.SealBrokenException.class);
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> key.open(sealed)).isInstanceOf(CaseKey.SealBrokenException.class);
  }

  @Test
  void aCaseSealedBeforeTheSharedKeyClassStillOpens() {
    InstallationKey kek = new InstallationKey("another installation key, 32 by.".getBytes(StandardCharsets.US_ASCII));
    UUID caseId = UUID.fromString("0b7e5d4c-3a2f-4e1d-9c8b-7a6f5e4d3c2b");
    byte[] wrapped = java.util.Base64.getDecoder().decode("gtMC5C8wfFSzoJNeanfALApcTbfnbMdyIdeObw7RiB8gM5/0BMlFxWXLLhtO9QLaSSPxwR8HId8nu0F/");
    byte[] sealed = java.util.Base64.getDecoder().decode("UqwJeOjXEtVlZNTrLnyob+u4wGB7oSHe6u3ULSxDnMm30lFFAXmarpj+JclfBldhFpZJYEZV54U3WO292S1XDYCp"
        + "rhHwN39QK2CgHp3NX4DbcweB662QKlFqpXL0NS/LBBnb01Ry38yL+UGY8Q0cT/rjZwkvRJHTpIne/tfU6aiejVLRACV+cpm1Phc8YmW/");
    assertThat(kek.id()).isEqualTo("329c9e12b314258c");
    assertThat(CaseKey.unwrap(wrapped, kek, caseId).openText(sealed)).isEqualTo(SECRET);
  }

  @Test
  void rotationRewrapsCaseKeysWithoutTouchingData() {
    InstallationKey oldKek = InstallationKey.generate();
    InstallationKey newKek = InstallationKey.generate();
    UUID caseId = UUID.randomUUID();
    CaseKey key = CaseKey.generate(caseId);
    byte[] sealed = key.seal(SECRET);
    byte[] rewrapped = CaseKey.rewrap(key.wrap(oldKek), caseId, oldKek, newKek);
    assertThat(CaseKey.unwrap(rewrapped, newKek, caseId).openText(sealed)).isEqualTo(SECRET);
    assertThatThrownBy(() -> CaseKey.unwrap(rewrapped, oldKek, caseId)).isInstanceOf(CaseKey.SealBrokenException.class);
    assertThat(oldKek.id()).isNotEqualTo(newKek.id()).hasSize(16);
  }

  @Test
  void streamedAttachmentRoundTrips() throws Exception {
    CaseKey key = CaseKey.generate(UUID.randomUUID());
    byte[] iv = CaseKey.newIv();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (CipherOutputStream c = new CipherOutputStream(out, key.streamCipher(Cipher.ENCRYPT_MODE, iv))) {
      c.write(SECRET.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(indexOf(out.toByteArray(), SECRET.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    byte[] plain = key.streamCipher(Cipher.DECRYPT_MODE, iv).doFinal(out.toByteArray());
    assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(SECRET);
  }

  @Test
  void keyFileIsCreatedOwnerOnlyAndReadBack(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("keys/complaint.key");
    InstallationKey created = InstallationKey.load(null, file);
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    assertThat(InstallationKey.load(null, file).id()).isEqualTo(created.id());
    InstallationKey fromEnv = InstallationKey.load(created.encoded(), dir.resolve("unused.key"));
    assertThat(fromEnv.id()).isEqualTo(created.id());
    assertThat(Files.exists(dir.resolve("unused.key"))).isFalse();
  }

  @Test
  void receiptsAreLongRandomAndOnlyTheirSaltedHashIsComparable() {
    String code = Receipts.newCode();
    assertThat(code).hasSize(20).containsOnlyDigits();
    assertThat(Receipts.newCode()).isNotEqualTo(code);
    byte[] salt = Receipts.newSalt();
    String h = Receipts.hash(code, salt);
    assertThat(h).doesNotContain(code).hasSize(64);
    assertThat(Receipts.hash(Receipts.normalize(Receipts.display(code)), salt)).isEqualTo(h);
    assertThat(Receipts.hash(code, Receipts.newSalt())).isNotEqualTo(h);
    assertThat(Receipts.normalize("๑๒๓๔-5678 9012 3456 7890")).isEqualTo("12345678901234567890");
    assertThat(Receipts.normalize("1234")).isNull();
    assertThat(Receipts.normalize("<script>")).isNull();
  }

  @Test
  void limitsPerOrganizationAndAddressForgetAfterTheWindow() {
    AtomicLong now = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
    Clock clock = new Clock() {
      public ZoneOffset getZone() { return ZoneOffset.UTC; }
      public Clock withZone(java.time.ZoneId z) { return this; }
      public Instant instant() { return Instant.ofEpochMilli(now.get()); }
    };
    SubmissionLimits limits = new SubmissionLimits(new MemoryCounters(clock), "submission", Duration.ofHours(1), 10, 5);
    for (int i = 0; i < 5; i++) assertThat(limits.tryAcquire("org-a", "10.0.0.1")).isTrue();
    assertThat(limits.tryAcquire("org-a", "10.0.0.1")).isFalse();
    for (int i = 0; i < 5; i++) assertThat(limits.tryAcquire("org-a", "10.0.0." + (i + 2))).isTrue();
    assertThat(limits.tryAcquire("org-a", "10.0.0.99")).as("organization full").isFalse();
    assertThat(limits.tryAcquire("org-b", "10.0.0.99")).isTrue();
    assertThat(limits.addressesHeld()).isEqualTo(7);
    now.addAndGet(Duration.ofHours(1).toMillis());
    assertThat(limits.addressesHeld()).isZero();
    assertThat(limits.tryAcquire("org-a", "10.0.0.1")).isTrue();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
      return i;
    }
    return -1;
  }
}
