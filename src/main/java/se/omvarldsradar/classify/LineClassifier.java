package se.omvarldsradar.classify;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.omvarldsradar.extract.CallDetails;
import se.omvarldsradar.extract.ExtractedItem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the {@code classify} command does to one line, without the command: reads the call details first
 * (a programme found there can tag the item), then tags; and the evaluation of many labelled lines.
 */
public final class LineClassifier {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Tagger tagger;
    private final CallDetailsReader callDetails;

    public LineClassifier(Tagger tagger, CallDetailsReader callDetails) {
        this.tagger = tagger;
        this.callDetails = callDetails;
    }

    /** One classified line: its tags and call details (null when there are none). */
    public record Classified(String id, Tags tags, CallDetails call) {
    }

    public Classified classify(ClassifyLine line) {
        ExtractedItem item = line.item();
        CallDetails call = callDetails.read(item);
        return new Classified(line.id(), tagger.tag(item.withCall(call), TagHints.NONE), call);
    }

    /** Classifies every labelled line and scores the tags against the gold labels. */
    public Evaluation.Report evaluate(List<ClassifyLine> lines, Collection<String> categories) {
        Evaluation evaluation = new Evaluation(categories);
        for (ClassifyLine line : lines) {
            Tags tags = classify(line).tags();
            List<String> predicted = new ArrayList<>(tags.sectorIds());
            predicted.addAll(tags.focusIds());
            evaluation.add(line.gold(), predicted);
        }
        return evaluation.report();
    }

    /**
     * The output line: {@code {"id","sector":[..],"focus":[..],"lang","call":{..},"because":{category:[terms]}}};
     * the call's status is computed at {@code now}.
     */
    public static String toJson(Classified c, Instant now) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        var sectors = o.putArray("sector");
        c.tags().sectorIds().forEach(sectors::add);
        var focus = o.putArray("focus");
        c.tags().focusIds().forEach(focus::add);
        o.put("lang", c.tags().language());
        if (c.call() != null) {
            o.set("call", call(c.call(), now));
        } else {
            o.putNull("call");
        }
        ObjectNode because = o.putObject("because");
        Map<String, List<String>> why = new LinkedHashMap<>();
        c.tags().sectors().forEach(t -> why.put(t.category(), t.because()));
        c.tags().focus().forEach(t -> why.put(t.category(), t.because()));
        why.forEach((category, terms) -> {
            var list = because.putArray(category);
            terms.forEach(list::add);
        });
        return JSON.writeValueAsString(o);
    }

    private static ObjectNode call(CallDetails d, Instant now) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.callId());
        o.put("programme", d.programme());
        o.put("opening", d.opening() == null ? null : DateTimeFormatter.ISO_INSTANT.format(d.opening()));
        var deadlines = o.putArray("deadlines");
        d.deadlines().forEach(x -> deadlines.add(DateTimeFormatter.ISO_INSTANT.format(x)));
        if (d.budgetAmount() != null) {
            o.put("budget", d.budgetAmount());
            o.put("currency", d.budgetCurrency());
        }
        CallDetails.CallStatus status = d.statusAt(now);
        o.put("status", status == null ? null : status.name().toLowerCase(java.util.Locale.ROOT));
        return o;
    }
}
