package org.sujarit;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The whole web application in a JMH benchmark's process, as the benchmarks start it. */
public final class BenchmarkApp {
  private BenchmarkApp() {}

  /**
   * The application with the test profile, templates cached as in production and quiet logs; settings
   * as arguments, not default properties, so that they win over the test profile.
   */
  public static ConfigurableApplicationContext start(String... settings) {
    String[] args = Stream.concat(Stream.of("--spring.thymeleaf.cache=true", "--logging.level.root=WARN"), Stream.of(settings))
        .toArray(String[]::new);
    return new SpringApplicationBuilder(Sujarit.class).profiles("test").run(args);
  }

  /** Requests through the whole filter chain, security included. */
  public static MockMvc mvc(ConfigurableApplicationContext app) {
    return MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
  }
}
