package org.commissioning.marketplace.shared.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A child's need or risk, as a referral states it and as a setting is registered (and staffed) to
 * meet it. A setting fits a referral only when it is registered for every one of the child's.
 */
public enum NeedTag {
    AUTISM("Autism"),
    LEARNING_DISABILITY("Learning disability"),
    PHYSICAL_DISABILITY("Physical disability"),
    MENTAL_HEALTH("Mental health"),
    SELF_HARM("Self-harm"),
    CHILD_SEXUAL_EXPLOITATION("Risk of child sexual exploitation"),
    CRIMINAL_EXPLOITATION("Risk of criminal exploitation"),
    MISSING_EPISODES("Going missing"),
    SUBSTANCE_MISUSE("Substance misuse"),
    HARMFUL_SEXUAL_BEHAVIOUR("Harmful sexual behaviour"),
    UNACCOMPANIED_ASYLUM_SEEKER("Unaccompanied asylum-seeking child"),
    SIBLING_GROUP("Sibling group"),
    PARENT_AND_CHILD("Parent and child");

    private final String label;

    NeedTag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored form: names joined by commas, in declaration order. */
    public static String join(Set<NeedTag> tags) {
        return tags == null ? "" : tags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<NeedTag> split(String stored) {
        Set<NeedTag> tags = EnumSet.noneOf(NeedTag.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(String::strip).map(NeedTag::valueOf).forEach(tags::add);
        }
        return tags;
    }
}
