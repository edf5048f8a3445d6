package nl.xenia.portal.staff.boundary;

import java.time.Instant;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.control.Bundles;
import nl.xenia.portal.localization.control.LanguageNegotiation;
import nl.xenia.portal.notification.boundary.MailTemplate;
import nl.xenia.portal.notification.boundary.Notifications;
import nl.xenia.portal.notification.boundary.OutboxProbe;
import nl.xenia.portal.notification.entity.OutboxMail;
import nl.xenia.portal.operations.boundary.SchemaMigrated;
import nl.xenia.portal.operations.entity.InstantConverter;
import nl.xenia.portal.privacy.boundary.Client;
import nl.xenia.portal.privacy.boundary.InstallationKeys;
import nl.xenia.portal.privacy.boundary.OrganisationKeys;
import nl.xenia.portal.privacy.boundary.SealedItemOpened;
import nl.xenia.portal.privacy.boundary.Secrets;
import nl.xenia.portal.privacy.boundary.UnlockedKey;
import nl.xenia.portal.privacy.control.Sealing;
import nl.xenia.portal.privacy.entity.KeyWrapper;
import nl.xenia.portal.staff.control.Totp;
import nl.xenia.portal.staff.entity.Role;
import nl.xenia.portal.testing.AuditTrail;
import nl.xenia.portal.testing.Deployments;
import nl.xenia.portal.testing.MovableClock;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What the staff facades' in-container tests share: their archive, passwords, clients and a complete sign-in. */
final class StaffTesting {

    static final String ADMIN_PASSWORD = "seven sleepy otters by the canal";
    static final String STAFF_PASSWORD = "tea with mint and two sugars please";
    static final String CANARY = "canary-4b1e9d2c7a05f3e8: een vraag over mijn vergunning";
    /** Documentation addresses (RFC 5737), standing in for two clients. */
    static final Client CLIENT = Client.of("192.0.2.10");
    static final Client OTHER_CLIENT = Client.of("198.51.100.20");

    private StaffTesting() {
    }

    /** The staff component with the privacy and notification parts it uses, on the real database. */
    static WebArchive archive(String name) {
        return archive(name, "META-INF/persistence-staff-accounts-it.xml");
    }

    /** The same with another test persistence unit (e.g. one that also knows the questions' entities). */
    static WebArchive archive(String name, String persistenceUnit) {
        return Deployments.archive(name, persistenceUnit)
                .addPackages(false, StaffOnboarding.class.getPackage(), Totp.class.getPackage(),
                        Role.class.getPackage(), Sealing.class.getPackage(), KeyWrapper.class.getPackage())
                .addClasses(AuditTrail.class, OrganisationKeys.class, InstallationKeys.class, Client.class,
                        nl.xenia.portal.localization.boundary.Translated.class,
                        nl.xenia.portal.notification.control.OutboxKey.class,
                        nl.xenia.portal.notification.control.OutboxKey.Opened.class,
                        nl.xenia.portal.localization.boundary.OfficePaths.class, Secrets.class, UnlockedKey.class,
                        SealedItemOpened.class, MovableClock.class, MovableClock.Producer.class,
                        SchemaMigrated.class, InstantConverter.class, Notifications.class, OutboxProbe.class,
                        OutboxMail.class, MailTemplate.class, Languages.class, Languages.Language.class,
                        Bundles.class, LanguageNegotiation.class, nl.xenia.portal.privacy.boundary.Expiring.class)
                .addClasses(StaffTesting.class).addAsResource("staff/common-passwords.txt");
    }

    static Instant now() {
        return MovableClock.INSTANCE.instant();
    }

    /** Both steps for a member without a second step yet: the password, then enrolling with a fresh secret. */
    static SignedIn signIn(SignIn login, String username, String password) {
        PasswordAccepted accepted = login.checkPassword(username, password.toCharArray(), CLIENT)
                .orElseThrow(() -> new AssertionError("expected the password of " + username + " accepted"));
        Enrolment enrolment = login.startEnrolment(accepted);
        Totp totp = new Totp();
        return login.confirmEnrolment(accepted, enrolment.secret(), totp.code(enrolment.secret(), now()))
                .signedIn();
    }
}
