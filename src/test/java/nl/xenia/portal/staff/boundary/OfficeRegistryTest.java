package nl.xenia.portal.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import nl.xenia.portal.staff.entity.Role;
import org.junit.jupiter.api.Test;

class OfficeRegistryTest {

    private final OfficeRegistry registry = OfficeRegistry.of(List.of(() -> List.of(
            OfficePage.at("/office/login.xhtml"), OfficePage.at("/office/second-factor.xhtml").duringLogin(),
            OfficePage.at("/office/dashboard.xhtml").forMembers(),
            OfficePage.at("/office/questions/questions.xhtml").forRoles(Role.STAFF),
            OfficePage.at("/office/questions/question.xhtml").forRoles(Role.STAFF).showingOneItem())));

    @Test
    void aSharedAddressLeadsToItsPageAfterSignIn() {
        assertEquals(Optional.of("question?id=2"), registry.returnPath("question?id=2"),
                "expected a question's address kept through the sign-in");
        assertEquals(Optional.of("questions?view=mine&order=oldest"),
                registry.returnPath("questions?view=mine&order=oldest"), "expected a list's view kept");
        assertEquals(Optional.of("dashboard"), registry.returnPath("dashboard"), "expected a members' page kept");
    }

    @Test
    void nothingElseIsADestination() {
        for (String next : List.of("https://evil.example/", "//evil.example/office", "/office/nl/question?id=2",
                "\\\\evil.example", "question?id=2#x", "question?id=2&next=//evil", "question?id=%2F%2Fevil",
                "question?id=2 ", "question?id=2\r\nLocation: https://evil.example", "question/../../x",
                "login", "second-factor", "unknown-page", "question?ID=2", "question?id=", "javascript:alert(1)",
                "question?a=1&b=2&c=3&d=4&e=5", "", "QUESTION", "question?id=2;x")) {
            assertEquals(Optional.empty(), registry.returnPath(next), "expected no destination for " + next);
        }
        assertEquals(Optional.empty(), registry.returnPath(null), "expected no destination without one");
        assertEquals(Optional.empty(), registry.returnPath("question?id=" + "1".repeat(300)),
                "expected no destination for an overlong address");
    }
}
