package org.sujarit.monitoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily reminder job runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringConfiguration {}
