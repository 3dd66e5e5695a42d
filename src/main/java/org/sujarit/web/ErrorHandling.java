package org.sujarit.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.sujarit.access.AccessRefusedException;
import org.sujarit.access.CurrentUsers;
import org.sujarit.common.NotFoundException;
import org.sujarit.common.RuleViolation;

/**
 * Turns what goes wrong into a Thai message: a page for browsers, a problem document for the API,
 * a fragment for htmx requests. Nothing a user sends produces a stack trace.
 */
@ControllerAdvice
class ErrorHandling {
  static final String RETRY_AFTER = "30";
  private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
  private final Messages messages;

  ErrorHandling(Messages messages) {
    this.messages = messages;
  }

  @ExceptionHandler(RuleViolation.class)
  Object ruleViolation(RuleViolation e, HttpServletRequest request) {
    HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND
        : "plan.concurrent-change".equals(e.messageKey()) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    return respond(request, status, messages.of(e), e.messageKey(), e.field());
  }

  @ExceptionHandler(AccessRefusedException.class)
  Object refused(AccessRefusedException e, HttpServletRequest request) {
    return respond(request, HttpStatus.FORBIDDEN, refusal(e), e.otherOrganization() ? "other-organization" : "forbidden", null);
  }

  /** The real reason: the data are another organization's, or the user's role does not cover the work. */
  private String refusal(AccessRefusedException e) {
    if (e.otherOrganization()) return messages.get("error.forbidden.other-organization");
    String work = messages.orElse("permission." + e.permission().name(), e.permission().name());
    String roles = String.join(", ", e.permission().roles().stream().map(r -> messages.get("role." + r.name())).toList());
    return messages.get("error.forbidden.role", work, roles);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  Object unsupportedMedia(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.unsupported-media"), "unsupported-media", null);
  }

  /** The client accepts none of our formats: the problem goes out as JSON anyway, written by hand. */
  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletResponse response) throws java.io.IOException {
    String message = messages.get("error.not-acceptable");
    response.setStatus(HttpStatus.NOT_ACCEPTABLE.value());
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getWriter().write("{\"status\":406,\"title\":\"Not Acceptable\",\"code\":\"not-acceptable\",\"detail\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
      HttpMessageNotReadableException.class, IllegalArgumentException.class, MissingServletRequestPartException.class,
      MultipartException.class})
  Object badRequest(Exception e, HttpServletRequest request) {
    log.debug("bad request {}: {}", request.getRequestURI(), e.toString());
    return respond(request, HttpStatus.BAD_REQUEST, messages.get("error.bad-request"), "bad-request", null);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  Object tooLarge(Exception e, HttpServletRequest request) {
    return respond(request, HttpStatus.PAYLOAD_TOO_LARGE, messages.get("error.too-large"), "too-large", null);
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  Object noResource(Exception e, HttpServletRequest request) {
    return respond(request, HttpStatus.NOT_FOUND, messages.get("error.not-found"), "not-found", null);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  Object method(Exception e, HttpServletRequest request) {
    return respond(request, HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.bad-request"), "method", null);
  }

  /**
   * The database cannot be reached (a pool that got no connection within its time-out, a connection
   * lost mid-statement): 503 with a Retry-After, never a stack; the pool reconnects by itself.
   */
  private Object databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
    log.warn("database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    response.setHeader("Retry-After", RETRY_AFTER);
    return respond(request, HttpStatus.SERVICE_UNAVAILABLE, messages.get("error.database-unavailable"), "database-unavailable", null);
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
    if (databaseFailure(e)) return databaseUnavailable(e, request, response);
    log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.unexpected"), "unexpected", null);
  }

  /** What {@link #databaseUnavailable} answers (here and in the filter ahead of sessions), anywhere in the causes. */
  static boolean databaseFailure(Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
          || t instanceof TransientDataAccessResourceException || t instanceof RecoverableDataAccessException) return true;
      // a failed rollback hides what failed first (seen when the server died under a JDBC session's load)
      if (t instanceof org.springframework.transaction.TransactionSystemException tse && tse.getApplicationException() != null
          && databaseFailure(tse.getApplicationException())) return true;
    }
    return connectionLost(e);
  }

  /**
   * A connection the server dropped mid-transaction surfaces wrapped: the SQL states of a lost
   * connection (08…), a server shutting down (57P01–57P03) or out of connections (53300) anywhere in
   * the causes mean the database, not the request, failed.
   */
  private static boolean connectionLost(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) return true;
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0") || state.equals("53300")) return true;
      }
      if (t.getCause() == t) break;
    }
    return false;
  }

  private Object respond(HttpServletRequest request, HttpStatus status, String message, String code, String field) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message);
      p.setProperty("code", code);
      if (field != null) p.setProperty("field", field);
      return ResponseEntity.status(status).body(p);
    }
    ModelAndView mv = new ModelAndView("true".equals(request.getHeader("HX-Request")) ? "error/fragment" : "error/problem");
    mv.setStatus(status);
    mv.addObject("status", status.value());
    // exception views skip @ModelAttribute methods: the navigation still needs to know who is signed in
    mv.addObject("currentUser", CurrentUsers.find().orElse(null));
    mv.addObject("message", message);
    return mv;
  }
}
