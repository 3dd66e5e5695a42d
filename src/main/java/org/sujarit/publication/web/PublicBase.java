package org.sujarit.publication.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address public links start with: {@code sujarit.public-url} when set (the address
 * citizens use, which may differ from the one officers sign in at), else the address of the request.
 */
@Component
class PublicBase {
  private final String configured;

  PublicBase(@Value("${sujarit.public-url:}") String configured) {
    this.configured = configured.replaceAll("/+$", "");
  }

  String get() {
    return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
  }
}
