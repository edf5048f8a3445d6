package nl.xenia.portal.members.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.xenia.portal.localization.boundary.Languages;
import nl.xenia.portal.localization.view.Messages;
import nl.xenia.portal.members.boundary.MemberAccount;
import nl.xenia.portal.members.boundary.MemberCookie;
import nl.xenia.portal.members.boundary.MemberException;
import nl.xenia.portal.members.boundary.Members;
import nl.xenia.portal.members.boundary.SecondStepOffer;
import nl.xenia.portal.privacy.boundary.Clients;
import nl.xenia.portal.privacy.boundary.PasswordPolicy;
import nl.xenia.portal.privacy.view.Typed;

/**
 * {@code /{lang}/members/account}: the second step (set up with a QR code and a code from the app, or switched off with
 * the password), the optional address for "there is a new consultation" (set or removed), a new password, and the way
 * to leave. Each form posts its {@code action}; done, a 303 to the page says what changed. A refusal shows the page
 * again with the error at its form.
 */
@Named
@RequestScoped
public class MemberAccountBacking {

    @Inject
    Members members;

    @Inject
    CurrentMember current;

    @Inject
    Messages messages;

    @Inject
    Clients clients;

    private MemberAccount account;
    private SecondStepOffer offer;
    private String notice;
    private String error;
    /** Which form the error is about: {@code second-step}, {@code second-step-off}, {@code address}, {@code password}. */
    private String errorForm;

    public void handle() {
        if (!MemberPages.isPost()) {
            notice = MemberPages.notice(messages);
            account = members.account(current.get());
            if ("second-step".equals(MemberPages.request().getParameter("setup")) && !account.secondStep()) {
                offer = members.offerSecondStep(current.get());
            }
            return;
        }
        String action = MemberPages.request().getParameter("action");
        try {
            String done = act(action == null ? "" : action);
            if (done != null) {
                MemberPages.seeOther(messages.getLang(), "/account", done);
                return;
            }
        } catch (MemberException refused) {
            error = MemberPages.error(messages, refused);
            errorForm = action;
            if ("second-step".equals(action)) {
                offer = members.offeredSecondStep(current.get(), param("sealed")).orElse(null);
            }
        }
        account = members.account(current.get());
    }

    /** Does what the form asks; returns what was done, or null for no known action. */
    private String act(String action) {
        switch (action) {
            case "second-step" -> {
                members.confirmSecondStep(current.get(), param("sealed"), param("code"));
                return "secondStepOn";
            }
            case "second-step-off" -> {
                members.removeSecondStep(current.get(), MemberPages.chars(param("password")));
                return "secondStepOff";
            }
            case "address" -> {
                members.setAddress(current.get(), param("address"), messages.getLang());
                return "address";
            }
            case "address-off" -> {
                members.removeAddress(current.get());
                return "addressRemoved";
            }
            case "password" -> {
                members.changePassword(current.get(), clients.of(MemberPages.request()),
                        MemberCookie.token(MemberPages.request()).orElse(null), MemberPages.chars(param("current")),
                        MemberPages.chars(param("password")));
                return "password";
            }
            default -> {
                return null;
            }
        }
    }

    private static String param(String name) {
        return MemberPages.request().getParameter(name);
    }

    public MemberAccount getAccount() {
        return account;
    }

    public String getPseudonym() {
        return account == null ? "" : account.pseudonym();
    }

    public String getJoined() {
        return account == null
                ? ""
                : messages.format("members.account.joined", "day",
                        Languages.day(messages.getLang(), account.joinedOn()));
    }

    public SecondStepOffer getOffer() {
        return offer;
    }

    /** The offer's QR code as an image address (drawn by the server, inline). */
    public String getQrDataUri() {
        return offer == null
                ? ""
                : "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(offer.qrSvg().getBytes(StandardCharsets.UTF_8));
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }

    /** The error when it is about this form, else null. */
    public String errorAt(String form) {
        return form.equals(errorForm) ? error : null;
    }

    /** The address typed, after a refusal (never the one stored: it is not shown again). */
    public String getTypedAddress() {
        return Typed.cut("address".equals(errorForm) ? param("address") : null, Members.MAX_ADDRESS);
    }

    public int getMaxAddress() {
        return Members.MAX_ADDRESS;
    }

    public int getPasswordMin() {
        return PasswordPolicy.MINIMUM;
    }

    public int getPasswordMax() {
        return PasswordPolicy.MAXIMUM;
    }
}
