package nl.xenia.portal.info.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.xenia.portal.info.control.SourceChanges.Kind;
import nl.xenia.portal.info.control.SourceChanges.Part;
import org.junit.jupiter.api.Test;

/** The word diff between the source a translation was made from and the source now. */
class SourceChangesTest {

    @Test
    void aChangedWordIsMarkedAloneAndTheRestKept() {
        assertEquals(
                List.of(new Part(Kind.SAME, "De test is "), new Part(Kind.REMOVED, "gratis"),
                        new Part(Kind.ADDED, "goedkoop"), new Part(Kind.SAME, " bij de GGD.")),
                SourceChanges.between("De test is gratis bij de GGD.", "De test is goedkoop bij de GGD."),
                "expected only the changed word marked, removed before added, the words around it unmarked");
    }

    @Test
    void addedAndRemovedSentencesAreMarkedWholeAcrossLines() {
        String html = SourceChanges.html("Eerste zin.\n\nTweede zin.", "Eerste zin.\n\nNieuw: een derde zin.");
        assertEquals("Eerste zin.\n\n<del>Tweede </del><ins>Nieuw: een derde </ins>zin.", html,
                "expected the replaced words marked as one change, line breaks kept as they are");
    }

    @Test
    void theSameTextHasNoMarks() {
        String text = "## Kop\n\n- **vet** en *schuin*\n- [link](https://example.org/)";
        assertFalse(SourceChanges.changed(text, text), "expected no change found in the same text");
        assertEquals(List.of(new Part(Kind.SAME, text)), SourceChanges.between(text, text),
                "expected the whole text as one unchanged part");
    }

    @Test
    void spacingAloneIsNoChange() {
        assertFalse(SourceChanges.changed("een zin die\ndoorloopt", "een zin die doorloopt"),
                "expected a line break for a space not counted as a change");
    }

    @Test
    void anEmptyTextBeforeMakesEverythingAdded() {
        assertEquals(List.of(new Part(Kind.ADDED, "Alles nieuw.")), SourceChanges.between("", "Alles nieuw."),
                "expected the whole text added when there was none before");
        assertEquals(List.of(new Part(Kind.REMOVED, "Alles weg.")), SourceChanges.between("Alles weg.", ""),
                "expected the whole text removed when none is left");
        assertEquals(List.of(), SourceChanges.between(null, null), "expected no part for two missing texts");
    }

    @Test
    void markupInTheTextIsEscapedAndOnlyTheMarksAreTags() {
        assertEquals("<del>&lt;b&gt;oud&lt;/b&gt; </del>tekst", SourceChanges.html("<b>oud</b> tekst", "tekst"),
                "expected removed markup shown as escaped text");
        assertEquals("tekst<ins> &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</ins>",
                SourceChanges.html("tekst", "tekst <script>alert('x')</script>"),
                "expected added markup shown as escaped text");
        String html = SourceChanges.html("Klik **hier** & lees <b>dit</b> niet.",
                "Klik **daar** & lees niet. <script>alert('x')</script><img src=x onerror=alert(1)>");
        assertTrue(html.contains("**<del>hier</del><ins>daar</ins>**"),
                "expected Markdown signs kept as text around the changed word: " + html);
        assertTrue(html.contains("&amp; lees"), "expected an ampersand escaped: " + html);
        String tagsLeft = html.replaceAll("</?(del|ins)>", "");
        assertFalse(tagsLeft.contains("<") || tagsLeft.contains(">"),
                "expected no angle bracket other than the marks' own tags: " + html);
    }

    @Test
    void removedAndKeptTextsAddUpToTheTwoTexts() {
        String before = "Een twee drie vier vijf.\nZes zeven.";
        String after = "Een drie vier en vijf!\nAcht zeven negen.";
        List<Part> parts = SourceChanges.between(before, after);
        assertEquals(before, text(parts, Kind.ADDED),
                "expected the unmarked and removed parts to make the text before");
        assertEquals(after, text(parts, Kind.REMOVED), "expected the unmarked and added parts to make the text after");
    }

    private static String text(List<Part> parts, Kind leftOut) {
        return parts.stream().filter(part -> part.kind() != leftOut).map(Part::text).reduce("", String::concat);
    }
}
