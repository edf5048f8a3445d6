package nl.xenia.portal.meetups.view;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.meetups.boundary.Meetups;
import nl.xenia.portal.meetups.entity.HostKind;

/**
 * What the public meetup pages say the same way: when, where (the public area, or "online"), who hosts, the languages
 * spoken, the places left, and the mark of a text in another language. Never the address: that is only in what
 * {@link Meetups#rsvp} and {@link Meetups#mine} give.
 */
public final class MeetupTexts {

    private MeetupTexts() {
    }

    /** A meetup ready to show in a list or on its page: the listing and its facts in the reader's language. */
    public record Row(Meetups.Listing listing, String when, String where, String host, String languages,
            String places, String otherLanguage, boolean begun) {

        /** Whether one can still say "I'll come": planned, not begun, and a place or a turn on the waiting list. */
        public boolean isOpen() {
            return !listing.cancelled() && !begun && (!listing.isFull() || listing.waitingList());
        }

        /** Whether saying "I'll come" now gives a turn on the waiting list rather than a place. */
        public boolean isWaiting() {
            return listing.isFull() && listing.waitingList();
        }
    }

    /** A listing as shown at the moment {@code now} (the portal's clock). */
    static Row row(Messages messages, Meetups.Listing listing, Instant now) {
        String lang = messages.getLang();
        return new Row(listing, when(messages, listing.start(), listing.end()),
                where(messages, listing.area(), listing.online()),
                host(messages, listing.hostKind(), listing.hostName()),
                messages.format("meetups.languages", "languages", languages(lang, listing.languages())),
                places(messages, listing), otherLanguage(messages, listing.textLanguage()),
                !listing.start().isAfter(now));
    }

    /** "martes, 2 de junio, 19:00–21:00" in the reader's language (Europe/Amsterdam). */
    static String when(Messages messages, Instant start, Instant end) {
        String lang = messages.getLang();
        return messages.format("meetups.when", "day",
                Languages.day(lang, start.atZone(Languages.LOCAL_TIME).toLocalDate()), "time",
                Languages.time(lang, start) + "–" + Languages.time(lang, end));
    }

    /** The public area, or "online" in the reader's language. */
    static String where(Messages messages, String area, boolean online) {
        return online ? messages.get("meetups.online") : area;
    }

    static String host(Messages messages, HostKind kind, String name) {
        return messages.format("meetups.host", "kind", messages.get("HostKind." + kind.name()), "name", name);
    }

    /** The languages spoken, named the reader's way and joined as the language joins a list ("A, B y C"). */
    static String languages(String lang, List<String> codes) {
        return ListFormatter.getInstance(ULocale.forLanguageTag(lang))
                .format(codes.stream().map(code -> Languages.name(code, lang)).toList());
    }

    static String places(Messages messages, Meetups.Listing listing) {
        if (!listing.isFull()) {
            return messages.format("meetups.places.left", "count", listing.placesLeft());
        }
        return messages.get(listing.waitingList() ? "meetups.places.waiting" : "meetups.places.full");
    }

    /** "(in English)" when the text is in another language than the reader's; null otherwise. */
    static String otherLanguage(Messages messages, String textLanguage) {
        return Optional.ofNullable(textLanguage).filter(language -> !language.equals(messages.getLang()))
                .map(language -> messages.format("meetups.language.other", "language",
                        Languages.name(language, messages.getLang())))
                .orElse(null);
    }

    /** A number typed in an address or a form: digits only, at most 18; empty otherwise. */
    static Optional<Long> id(String typed) {
        if (typed == null || typed.isEmpty() || typed.length() > 18 || !typed.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(typed));
    }
}
