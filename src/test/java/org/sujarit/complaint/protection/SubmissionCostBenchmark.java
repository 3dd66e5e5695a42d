package org.sujarit.complaint.protection;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the server time of a submission with a 5 MB photo goes, without Spring or the database: the
 * metadata stripping, the photo's encryption (ChaCha20-Poly1305; AES-GCM for comparison) and the receipt's deliberately slow hash
 * (PBKDF2, 100,000 rounds). See ComplaintBenchmark for the whole request.
 *
 * <pre>./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="SubmissionCostBenchmark"</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class SubmissionCostBenchmark {
  private byte[] photo;
  private byte[] cleaned;
  private CaseKey key;

  @Setup
  public void photo() throws IOException {
    BufferedImage img = new BufferedImage(3300, 2600, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int x = 0; x < img.getWidth(); x++) for (int y = 0; y < img.getHeight(); y++) img.setRGB(x, y, random.nextInt());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    photo = MetadataStripperTest.withExif(out.toByteArray(), "Somchai Jaidee");
    cleaned = MetadataStripper.clean("IMG_0001.jpg", photo).content();
    key = CaseKey.generate(UUID.randomUUID());
  }

  @Benchmark
  public byte[] stripPhoto() {
    return MetadataStripper.clean("IMG_0001.jpg", photo).content();
  }

  /** ChaCha20-Poly1305, as attachments are written. */
  @Benchmark
  public byte[] encryptPhoto() throws Exception {
    return key.fileCipher(Cipher.ENCRYPT_MODE, CaseKey.newIv()).doFinal(cleaned);
  }

  /** AES-GCM, as attachments were written before: slow on Java 17 for large files. */
  @Benchmark
  public byte[] encryptPhotoAesGcm() throws Exception {
    return key.streamCipher(Cipher.ENCRYPT_MODE, CaseKey.newIv()).doFinal(cleaned);
  }

  @Benchmark
  public String receiptHash() {
    return Receipts.hash(Receipts.newCode(), new byte[16]);
  }
}
