package org.sujarit.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sujarit.importer.pipeline.ImportResult;
import org.sujarit.importer.pipeline.PlanImporter;

/**
 * Warm import time of whole plans. The seeds are read from {@code /work/shared/seeds} (or the directory
 * in {@code -Dsujarit.shared}); without them the synthetic test plans stand in.
 * Run: {@code ./mvnw -q -B test-compile exec:exec@jmh -Djmh.args="ImportBenchmark -prof gc"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ImportBenchmark {
  @Param({"000_57b82ac8baffe8ef", "001_d1f19dc540dd0745", "003_84f9b3d3dee21d4b"})
  public String seed;

  private final PlanImporter importer = PlanImporter.withBuiltInFrameworks();
  private byte[] bytes;

  @Setup
  public void load() throws IOException {
    Path file = Path.of(System.getProperty("sujarit.shared", "/work/shared"), "seeds", seed + ".txt");
    bytes = Files.isReadable(file) ? Files.readAllBytes(file) : PlanImporterTest.resource("damaged-plan.txt");
  }

  @Benchmark
  public ImportResult importPlan() {
    return importer.read(seed + ".txt", bytes);
  }
}
