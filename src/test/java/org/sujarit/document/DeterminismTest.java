package org.sujarit.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same plan and options give the same bytes, also when documents are rendered side by side. */
class DeterminismTest {
  private final PlanDocuments documents = new PlanDocuments();

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void sameInputSameBytesEvenConcurrently(DocumentFormat format) throws Exception {
    byte[] first = documents.render(TestPlans.fiveYear(), format, TestPlans.OPTIONS);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> renders = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        renders.add(pool.submit(() -> documents.render(TestPlans.fiveYear(), format, TestPlans.OPTIONS)));
      }
      for (Future<byte[]> r : renders) assertThat(r.get()).isEqualTo(first);
    } finally {
      pool.shutdown();
    }
    byte[] otherDay = documents.render(TestPlans.fiveYear(), format, TestPlans.OPTIONS.withIssueDate(TestPlans.OPTIONS.issueDate().plusDays(1)));
    assertThat(otherDay).isNotEqualTo(first);
  }
}
