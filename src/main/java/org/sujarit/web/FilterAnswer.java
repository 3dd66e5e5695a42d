package org.sujarit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * An error answered by a filter ahead of the DispatcherServlet (no templates, no database): a Thai
 * problem document for the API, a small self-contained Thai page for the browser.
 */
final class FilterAnswer {
  private FilterAnswer() {}

  static void write(HttpServletRequest request, HttpServletResponse response, Messages messages, int status, String code, String message)
      throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.setContentType("application/problem+json");
      response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + HttpStatus.valueOf(status).getReasonPhrase() + "\",\"code\":\"" + code + "\",\"detail\":\""
          + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    } else {
      response.setContentType("text/html");
      String title = HtmlUtils.htmlEscape(messages.get("error.heading." + status));
      response.getWriter().write("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">"
          + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
          + "<body style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\"><h1>" + title + "</h1><p>"
          + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"javascript:history.back()\">" + HtmlUtils.htmlEscape(messages.get("error.go-back"))
          + "</a> · <a href=\"" + request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(messages.get("error.back")) + "</a></p></body></html>");
    }
  }
}
