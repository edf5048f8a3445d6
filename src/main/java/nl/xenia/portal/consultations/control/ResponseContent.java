package nl.xenia.portal.consultations.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.xenia.portal.consultations.boundary.Answers;

/** A response's answers as bytes (JSON) for encryption, and back. */
public final class ResponseContent {

    private ResponseContent() {
    }

    public static byte[] write(Answers answers) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        answers.byQuestion().forEach((question, answer) -> {
            JsonObjectBuilder one = Json.createObjectBuilder();
            JsonArrayBuilder options = Json.createArrayBuilder();
            if (answer.options() != null) {
                answer.options().forEach(options::add);
            }
            one.add("o", options);
            if (answer.scale() != null) {
                one.add("s", answer.scale());
            }
            if (answer.text() != null) {
                one.add("t", answer.text());
            }
            all.add(Long.toString(question), one);
        });
        return all.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    public static Answers read(byte[] bytes) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonObject all = reader.readObject();
            Map<Long, Answers.Answer> byQuestion = new LinkedHashMap<>();
            all.forEach((question, value) -> {
                JsonObject one = value.asJsonObject();
                Set<Long> options = new LinkedHashSet<>();
                one.getJsonArray("o").getValuesAs(jakarta.json.JsonNumber.class)
                        .forEach(number -> options.add(number.longValue()));
                Integer scale = one.containsKey("s") && one.get("s") != JsonValue.NULL ? one.getInt("s") : null;
                String text = one.containsKey("t") ? one.getString("t") : null;
                byQuestion.put(Long.parseLong(question), new Answers.Answer(options, scale, text));
            });
            return new Answers(byQuestion);
        }
    }
}
