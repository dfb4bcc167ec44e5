package org.tribune.app;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import nu.validator.checker.Checker;
import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (vnu, the W3C's HTML checker) in process, put together as its
 * {@code SimpleDocumentValidator} does for {@code text/html}: the HTML5 schema with RDFa Lite,
 * the schema wrappers, the Schematron assertions and every checker it runs, without language
 * detection. Assembled here rather than through that class, whose loading starts the Jetty 11
 * HTTP client it fetches remote documents with (this project runs Jetty 12, and checks strings).
 * Not thread-safe: one document at a time.
 *
 * <pre>{@code
 * List<String> errors = new NuHtmlChecker().errors(html);
 * }</pre>
 */
public final class NuHtmlChecker {
    private static final String SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    private final List<String> errors = new ArrayList<>();
    private final Validator validator;
    private final HtmlParser parser;

    public NuHtmlChecker() {
        // The checker logs through log4j 1; the tests read its findings, not its log.
        LogManager.getRootLogger().setLevel(Level.OFF);
        System.setProperty("nu.validator.checker.enableLangDetection", "0");
        System.setProperty("nu.validator.schema.rdfa-full", "0");
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe(e));
            }
        };
        try {
            PropertyMap properties = properties(collect);
            validator = validator(mainSchema(collect), properties);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker did not start", e);
        }
        parser = new HtmlParser();
        parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setNamePolicy(XmlViolationPolicy.ALLOW);
        parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setMappingLangToXmlLang(true);
        parser.setHeuristics(Heuristics.ALL);
        parser.setContentHandler(validator.getContentHandler());
        parser.setErrorHandler(collect);
        try {
            parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
        } catch (SAXException e) {
            throw new IllegalStateException("the Nu Html Checker's parser refused a feature", e);
        }
        var profile = new HashMap<String, String>();
        profile.put("html-strict", "warn");
        parser.setErrorProfile(profile);
    }

    private static PropertyMap properties(ErrorHandler handler) {
        var builder = new PropertyMapBuilder();
        builder.put(ValidateProperty.ERROR_HANDLER, handler);
        builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
        RngProperty.CHECK_ID_IDREF.add(builder);
        return builder.toPropertyMap();
    }

    /** The HTML5 schema from the checker's own copy, wrapped as the checker wraps it for HTML. */
    private static Schema mainSchema(ErrorHandler handler) throws Exception {
        var resolver = new LocalCacheEntityResolver(new NullEntityResolver());
        resolver.setAllowRnc(true);
        var builder = new PropertyMapBuilder();
        builder.put(ValidateProperty.ERROR_HANDLER, handler);
        builder.put(ValidateProperty.ENTITY_RESOLVER, resolver);
        builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
        RngProperty.CHECK_ID_IDREF.add(builder);
        InputSource source = resolver.resolveEntity(null, SCHEMA);
        Schema schema = CompactSchemaReader.getInstance().createSchema(source, builder.toPropertyMap());
        schema = new DataAttributeDroppingSchemaWrapper(schema);
        schema = new AriaAttributeDroppingSchemaWrapper(schema);
        schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
        schema = new RoleAttributeFilteringSchemaWrapper(schema);
        schema = new TemplateElementDroppingSchemaWrapper(schema);
        return new NamespaceChangingSchemaWrapper(schema);
    }

    private static Validator validator(Schema main, PropertyMap properties) throws Exception {
        Validator combined = main.createValidator(properties);
        combined = new CombineValidator(combined, CheckerSchema.ASSERTION_SCH.createValidator(properties));
        List<Checker> checkers = List.of(
                new TableChecker(),
                new DuplicateDtChecker(),
                new HeadingHierarchyChecker(),
                new MicrodataChecker(),
                new NormalizationChecker(),
                new SpeculationRulesChecker(),
                new TextContentChecker(),
                new UncheckedSubtreeWarner(),
                new UsemapChecker(),
                new XmlPiChecker(),
                new CspEnforcementChecker());
        for (Checker checker : checkers) {
            combined = new CombineValidator(combined, new CheckerValidator(checker, properties));
        }
        return combined;
    }

    /** The errors in {@code html} (warnings left out), each as {@code line:column: message}. */
    public List<String> errors(String html) {
        errors.clear();
        validator.reset();
        var input = new InputSource(new StringReader(html));
        try {
            parser.parse(input);
        } catch (SAXParseException e) {
            // Already reported to the error handler.
        } catch (IOException | SAXException e) {
            errors.add("unreadable: " + e.getMessage());
        }
        return List.copyOf(errors);
    }

    private static String describe(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
    }
}
