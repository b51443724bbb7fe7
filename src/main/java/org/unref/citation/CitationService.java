package org.unref.citation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Finds citations in a text and resolves them; looks up a single reference written any way. */
@ApplicationScoped
public class CitationService {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final CitationExtractor extractor = new CitationExtractor();
    private final CiteReader citeReader = new CiteReader(extractor);

    @Inject
    CitationResolver resolver;

    @Inject
    ObjectMapper mapper;

    public List<CitationDto> extract(String text) {
        return extractor.extract(text).stream().map(c -> CitationDto.of(c, resolver.resolve(c))).toList();
    }

    public void refreshIndex() {
        resolver.refresh();
    }

    /** The text of a JSON body {"text": "..."}: unknown fields and a missing text are 400s naming the field. */
    public String textOfJson(byte[] body) {
        String json = TextBodies.decode(body, "text");
        ExtractRequest request;
        try {
            request = mapper.reader().with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).forType(ExtractRequest.class)
                    .readValue(json);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalidParameter(e.getPropertyName(),
                    "unknown field '" + e.getPropertyName() + "'; the body takes only {\"text\": \"...\"}");
        } catch (JsonProcessingException e) {
            throw ProblemException.invalidParameter("body", "the body is not valid JSON; send {\"text\": \"...\"}");
        } catch (IOException e) {
            throw ProblemException.invalidParameter("body", "the body could not be read");
        }
        if (request == null) {
            throw ProblemException.invalidParameter("text", "text is required and must not be empty");
        }
        return TextBodies.check(request.text(), "text");
    }

    /** A reference written in any spelling, or an id unref uses, to what it points at; 404 when nothing. */
    public ResolvedReference resolveCite(String cite) {
        String trimmed = cite.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (SLUG.matcher(lower).matches()) {
            Optional<CitationTarget> byId = resolver.byId(lower);
            if (byId.isPresent()) {
                return ResolvedReference.found(byId.get());
            }
        }
        List<Citation> citations = citeReader.read(trimmed);
        if (citations.size() == 1) {
            return resolver.resolve(citations.get(0));
        }
        if (!citations.isEmpty()) {
            List<CitationTarget> candidates = citations.stream().map(resolver::resolve)
                    .flatMap(r -> r.isFound() ? java.util.stream.Stream.of(r.target()) : r.candidates().stream())
                    .distinct().toList();
            return ResolvedReference.of(candidates);
        }
        return ResolvedReference.unknown(null);
    }
}
