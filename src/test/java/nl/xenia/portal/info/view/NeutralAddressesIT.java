package nl.xenia.portal.info.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.xenia.portal.testing.Portal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Addresses stay in a phone's history even after quick exit, so no public address may tell what the
 * reader looked up: every page reachable from the home pages is crawled and no word of its path may be
 * a subject word; the old telling addresses answer with a permanent redirect to the neutral ones.
 */
class NeutralAddressesIT {

    /**
     * Words that would tell someone reading the history what the reader was looking for: the demo
     * pages' slugs and their parts, the topics' names in English, Romanian and Bulgarian (transliterated
     * and in Cyrillic) and the subjects readers ask about.
     */
    private static final Set<String> SUBJECT_WORDS = subjectWords();

    private static Set<String> subjectWords() {
        Set<String> words = new LinkedHashSet<>();
        for (String slug : DemoPages.ADDRESSES.keySet()) {
            words.add(slug);
            words.addAll(Arrays.asList(slug.split("-")));
        }
        words.remove("xenia"); // the site's own name, already in every address's host
        words.addAll(List.of("violence", "stopping", "stop", "sti", "std", "testing", "test", "health", "police",
                "abuse", "rape", "trafficking", "exploitation", "hiv", "aids", "prep", "sex", "sexwork", "escort",
                "money", "tax", "taxes", "debt", "rules", "licence", "license", "permit", "municipalities", "pilot",
                "emergency", "danger", "hide", "hiding", "exit", "escape", "secret", "safe", "safety", "work",
                "pregnancy", "abortion", "drugs", "doctor",
                "violenta", "violență", "sanatate", "sănătate", "politie", "poliție", "its", "bani", "impozite",
                "reguli", "urgenta", "urgență", "siguranta", "siguranță", "renunta", "trafic",
                "nasilie", "zdrave", "politsiya", "pari", "danaci", "pravila", "speshno",
                "насилие", "здраве", "полиция", "пари", "данъци", "правила", "спешно"));
        return words;
    }

    @Test
    void noPublicAddressInRomanianOrBulgarianNamesASubject() {
        Set<String> pages = Portal.publicPages();
        List<String> telling = new ArrayList<>();
        int infoPages = 0;
        for (String path : pages) {
            if (!path.startsWith("/ro/") && !path.startsWith("/bg/")) {
                continue;
            }
            String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            if (Arrays.stream(decoded.split("[^\\p{L}\\p{N}]+")).anyMatch(SUBJECT_WORDS::contains)) {
                telling.add(path);
            }
            if (decoded.matches("/(ro|bg)/info/p[1-9][0-9]*")) {
                infoPages++;
            }
        }
        assertTrue(infoPages >= 2 * DemoPages.ADDRESSES.size(),
                "expected the crawl to reach every demo information page in ro and bg by its neutral address, "
                        + "reached " + infoPages + " of " + pages);
        assertEquals(List.of(), telling, "expected no public address in ro or bg to contain a subject word");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ro", "bg"})
    void theOldTellingAddressesRedirectPermanentlyToTheNeutralOnes(String language) {
        for (var page : DemoPages.ADDRESSES.entrySet()) {
            HttpResponse<String> old = Portal.get("/" + language + "/info/" + page.getKey());
            assertEquals(301, old.statusCode(), "expected the old address of " + page.getKey() + " moved for good");
            assertEquals(Portal.BASE + "/" + language + "/info/" + page.getValue(),
                    old.headers().firstValue("Location").map(NeutralAddressesIT::absolute).orElse(""),
                    "expected the old address of " + page.getKey() + " to point at its neutral address");
            assertTrue(old.headers().allValues("Set-Cookie").isEmpty(), "expected no cookie with the redirect");
            HttpResponse<String> neutral = Portal.get("/" + language + "/info/" + page.getValue());
            assertEquals(200, neutral.statusCode(), "expected the neutral address of " + page.getKey() + " to answer");
        }
    }

    private static String absolute(String location) {
        return location.startsWith("/") ? Portal.BASE + location : location;
    }
}
