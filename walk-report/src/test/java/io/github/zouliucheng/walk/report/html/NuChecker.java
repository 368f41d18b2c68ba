package io.github.zouliucheng.walk.report.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker, run in process with the schema and checkers of its command-line client
 * (all of HTML, SVG and MathML, plus the checkers of ARIA, tables and the like). Its schemas come
 * from the jar, so it runs offline. One checker serves every test, one document at a time, as the
 * command-line client checks one file after another.
 */
final class NuChecker {
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static final List<String> MESSAGES = new ArrayList<>();
  private static SimpleDocumentValidator validator;

  private NuChecker() {}

  /** Returns the checker's errors and warnings on {@code html}, one line each: "error 12:5 message". */
  static synchronized List<String> check(String html) throws Exception {
    if (validator == null) {
      ErrorHandler handler =
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
              MESSAGES.add("warning " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
              MESSAGES.add("error " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
              MESSAGES.add("fatal " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
          };
      SimpleDocumentValidator created = new SimpleDocumentValidator(true, false, false);
      created.setUpMainSchema(SCHEMA, handler);
      created.setUpValidatorAndParsers(handler, true, false);
      validator = created;
    }
    MESSAGES.clear();
    InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    validator.checkHtmlInputSource(source);
    return List.copyOf(MESSAGES);
  }
}
