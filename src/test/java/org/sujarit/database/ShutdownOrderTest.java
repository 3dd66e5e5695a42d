package org.sujarit.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;
import org.sujarit.IntegrationTest;

/**
 * The embedded server stops last: with the context, after every bean that uses the database (the pools,
 * the event publication registry, the sessions, the listening connection), never alongside them from a
 * JVM hook of its own, which stopped it while the context was still closing (failed publications,
 * "terminating connection due to administrator command", and a JVM waiting seconds per context to exit).
 */
@IntegrationTest
class ShutdownOrderTest {
  @Autowired ConfigurableApplicationContext context;
  @Autowired EmbeddedPostgres postgres;

  @Test
  void theEmbeddedServerIsStoppedByTheContextAfterEverythingThatUsesIt() {
    assertThat(ReflectionTestUtils.getField(postgres, "registerShutdownHook")).as("zonky's own shutdown hook").isEqualTo(false);

    ConfigurableListableBeanFactory beans = context.getBeanFactory();
    Set<String> destroyedBefore = dependents(beans, "embeddedPostgres");
    List<String> dataSources = Arrays.asList(beans.getBeanNamesForType(DataSource.class));
    assertThat(destroyedBefore).containsAll(dataSources).contains("databaseCounters", "changeNotifications", "jdbcEventPublicationRepository");
    for (String bean : beans.getSingletonNames()) {
      if (Arrays.stream(beans.getDependenciesForBean(bean)).anyMatch(dataSources::contains)) {
        assertThat(destroyedBefore).as("%s uses a data source", bean).contains(bean);
      }
    }
  }

  /** The beans that depend on {@code bean}, directly or not: Spring destroys them all before it. */
  private static Set<String> dependents(ConfigurableListableBeanFactory beans, String bean) {
    Set<String> out = new HashSet<>();
    Deque<String> next = new ArrayDeque<>(List.of(bean));
    while (!next.isEmpty()) {
      for (String d : beans.getDependentBeans(next.pop())) if (out.add(d)) next.push(d);
    }
    return out;
  }
}
