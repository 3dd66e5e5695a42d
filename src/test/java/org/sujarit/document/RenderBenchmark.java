package org.sujarit.document;

import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.sujarit.interchange.PlanInterchange;

/**
 * Rendering a 50-item plan with a detail sheet for every item (targets, warm: PDF under 2 s, DOCX
 * under 1 s, heap under 256 MB). {@code *Concurrently} renders 20 documents at once.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="RenderBenchmark"
 * ./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="RenderBenchmark -jvmArgs -Xmx256m -prof gc"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {
  private final PlanInterchange plan = TestPlans.large(50);
  private final PlanDocuments documents = new PlanDocuments();

  @Benchmark
  public long pdf() {
    return render(DocumentFormat.PDF);
  }

  @Benchmark
  public long docx() {
    return render(DocumentFormat.DOCX);
  }

  @Benchmark
  public long xlsx() {
    return render(DocumentFormat.XLSX);
  }

  @Benchmark
  @Threads(20)
  public long pdfConcurrently() {
    return render(DocumentFormat.PDF);
  }

  @Benchmark
  @Threads(20)
  public long docxConcurrently() {
    return render(DocumentFormat.DOCX);
  }

  private long render(DocumentFormat format) {
    CountingStream out = new CountingStream();
    documents.render(plan, format, TestPlans.OPTIONS, out);
    return out.count;
  }

  /** Counts the bytes instead of keeping them, so the benchmark measures rendering alone. */
  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
