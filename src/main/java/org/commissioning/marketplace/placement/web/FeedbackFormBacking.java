package org.commissioning.marketplace.placement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commissioning.marketplace.placement.application.FeedbackService;
import org.commissioning.marketplace.placement.application.FeedbackService.FormView;
import org.commissioning.marketplace.placement.application.FeedbackService.Thanks;
import org.commissioning.marketplace.placement.domain.FeedbackAnswer;
import org.commissioning.marketplace.placement.domain.FeedbackForm;
import org.commissioning.marketplace.placement.domain.FeedbackInvitation;
import org.commissioning.marketplace.shared.domain.DomainException;
import org.commissioning.marketplace.shared.web.Forms;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * feedback.xhtml, for a child or a family with a code and no account: the questions for their age,
 * the answers sent once, and who they can talk to, always.
 */
@Named
@ViewScoped
public class FeedbackFormBacking implements Serializable {

    @Inject
    FeedbackService feedback;

    private String code;
    private String typed;
    private FormView form;
    private String problem;
    private Thanks thanks;
    private final Map<String, String> choices = new HashMap<>();
    private final Map<String, String> writing = new HashMap<>();
    private boolean wantsToTalk;

    public void load() {
        if (code == null || code.isBlank() || form != null || thanks != null) {
            return;
        }
        try {
            form = feedback.form(code);
        } catch (DomainException e) {
            problem = e.getMessage();
        }
    }

    /** A code typed in (from paper, or read out) opens the same page with it in the address. */
    public void open() {
        if (typed == null || typed.isBlank()) {
            Forms.report(org.commissioning.marketplace.shared.domain.InvalidInputException.of("typed", "Enter the code you were given."),
                    "enter");
            return;
        }
        Forms.redirect("/feedback.xhtml?code=" + java.net.URLEncoder.encode(typed.strip(), java.nio.charset.StandardCharsets.UTF_8));
    }

    public void send() {
        try {
            thanks = feedback.answer(code, new FeedbackInvitation.Answers(answer(FeedbackForm.FEELS_SAFE), answer(FeedbackForm.LISTENED_TO),
                    answer(FeedbackForm.SETTLED), answer(FeedbackForm.SEES_PEOPLE), answer(FeedbackForm.SCHOOL),
                    writing.get(FeedbackForm.WHAT_IS_GOOD), writing.get(FeedbackForm.WHAT_WOULD_HELP), writing.get(FeedbackForm.ANYTHING_ELSE),
                    wantsToTalk));
            form = null;
        } catch (DomainException e) {
            Forms.report(e, "answers");
        }
    }

    private FeedbackAnswer answer(String key) {
        String value = choices.get(key);
        return value == null || value.isBlank() ? null : FeedbackAnswer.valueOf(value);
    }

    /** Whether this respondent's form asks the question. */
    public boolean asks(String key) {
        return form != null && (form.choices().stream().anyMatch(q -> q.key().equals(key))
                || form.writing().stream().anyMatch(q -> q.key().equals(key)));
    }

    /** The words of a question on this form. */
    public FeedbackForm.Question question(String key) {
        return form == null ? null : java.util.stream.Stream.concat(form.choices().stream(), form.writing().stream())
                .filter(q -> q.key().equals(key)).findFirst().orElse(null);
    }

    /** A choice's label: on the picture scale the face's name (the stylesheet draws the face), the word otherwise. */
    public String label(FeedbackAnswer answer) {
        if (form != null && form.pictures()) {
            return answer.picture() + " (" + answer.label().toLowerCase(java.util.Locale.UK) + ")";
        }
        return answer.label();
    }

    public List<FeedbackAnswer> getAnswers() {
        return List.of(FeedbackAnswer.values());
    }

    public List<String> getWhoToTalkTo() {
        return FeedbackService.WHO_TO_TALK_TO;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public FormView getForm() {
        return form;
    }

    public String getProblem() {
        return problem;
    }

    public Thanks getThanks() {
        return thanks;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public Map<String, String> getWriting() {
        return writing;
    }

    public boolean isWantsToTalk() {
        return wantsToTalk;
    }

    public void setWantsToTalk(boolean wantsToTalk) {
        this.wantsToTalk = wantsToTalk;
    }
}
