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
    /** How a bare reference is completed into a phrase the extractor reads: "377 (V)", "ES-11/1", "S/2022/155". */
    private static final List<String[]> FRAMES = List.of(new String[] { "", "" }, new String[] { "resolution ", "" },
            new String[] { "draft resolution ", "" }, new String[] { "the ", " resolution" }, new String[] { "Article ", " of the Charter" });

    private final CitationExtractor extractor = new CitationExtractor();

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
        for (String[] frame : FRAMES) {
            String phrase = frame[0] + trimmed + frame[1];
            List<Citation> citations = extractor.extract(phrase);
            if (citations.isEmpty() || !coversCite(citations, phrase, frame[0].length(), trimmed.length())) {
                continue;
            }
            if (citations.size() == 1) {
                return resolver.resolve(citations.get(0));
            }
            List<CitationTarget> candidates = citations.stream().map(resolver::resolve)
                    .flatMap(r -> r.isFound() ? java.util.stream.Stream.of(r.target()) : r.candidates().stream())
                    .distinct().toList();
            return ResolvedReference.of(candidates);
        }
        return ResolvedReference.unknown(null);
    }

    /** The citations found must account for most of what the client wrote, not one word of a sentence. */
    private static boolean coversCite(List<Citation> citations, String phrase, int citeStart, int citeLength) {
        int covered = 0;
        for (Citation c : citations) {
            int from = Math.max(c.start(), citeStart);
            int to = Math.min(c.end(), citeStart + citeLength);
            covered += Math.max(0, to - from);
        }
        return covered * 2 >= citeLength;
    }
}
