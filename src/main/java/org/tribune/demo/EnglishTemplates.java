package org.tribune.demo;

import java.util.List;

/**
 * English body sentences. Topic slots always follow "the", which {@link Template} drops for proper nouns, so the
 * same sentence reads naturally with "the arms race" and with "Pyongyang".
 */
final class EnglishTemplates {

    static final List<Template> BODY = """
            For much of the past decade, {a} treated the {t} as a secondary concern, but the {t} now [sits/sit] near the top of its agenda.
            The debate over the {t} is no longer confined to specialists; it shapes how the {t} and {g} are discussed in {a}.
            Officials in {a} describe the {t} as a test of {g}, and on the evidence of recent years they are not wrong.
            What makes the {t} different is [its/their] close link to the {t}, something few planners anticipated.
            Critics argue that the {t} [rewards/reward] caution, while supporters see [it/them] as a lever for {g}.
            Since {y}, the {t} [has/have] moved steadily from the margins of policy toward its center.
            The {t} and the {t} are often discussed separately, yet each depends heavily on the other.
            Any serious account of {g} in this field must begin with the {t} and with the {t}.
            In private, senior officials concede that the {t} [has/have] outpaced existing thinking about the {t}.
            The numbers tell only part of the story, because the {t} also [reflects/reflect] a deeper shift in {g}.
            {a} has tried to manage the {t} through quiet diplomacy, with decidedly mixed results.
            There is a growing gap between official rhetoric about the {t} and the resources devoted to the {t}.
            The lesson of {y} is that the {t} cannot be separated from harder questions about the {t}.
            Several factors explain why the {t} [has/have] become so contentious, beginning with the {t}.
            None of this means that the {t} [is/are] beyond repair, or that the {t} [is/are] doomed to fail.
            A more modest approach to the {t} would focus on the {t} and on {g}.
            The {t} [is/are] likely to remain a source of friction between {a} and its closest partners.
            Those who follow the {t} closely point to a quieter but more consequential change in the {t}.
            It would be a mistake to view the {t} purely through the lens of the {t}.
            The practical consequences of the {t} are already visible in the {t} and in {g}.
            Until {a} settles its own position on the {t}, others will hesitate to commit.
            The record since {y} suggests that pressure on the {t} tends to produce {g} rather than compromise.
            Even sympathetic observers admit that the {t} [has/have] become harder to defend in public.
            The most likely outcome is a slow adjustment in the {t}, punctuated by moments of crisis over the {t}.
            A narrow focus on the {t} obscures the wider problem of the {t}.
            In {y}, when the {t} first appeared on the agenda, few expected [it/them] to last.
            Much depends on whether {a} can align the {t} with its broader approach to the {t}.
            Skeptics note that the {t} [has/have] been declared a priority many times before, usually without lasting effect.
            The {t} [offers/offer] a useful window into the everyday reality of the {t}.
            Behind the headlines, the {t} [is/are] being reshaped by the {t} and by shifting {g}.
            No single government controls the {t}, which is precisely why the {t} [matters/matter] so much.
            The next phase of the {t} will be decided less by declarations than by the {t}.
            Planners in {a} have begun to treat the {t} as a permanent feature of the {t}.
            Part of the difficulty is that the {t} [means/mean] different things in different capitals.
            The {t} [has/have] exposed weaknesses in the {t} that were easy to ignore a decade ago.
            Negotiators returned again and again to the {t}, the issue on which every other question turned.
            If the past is any guide, the {t} will outlast the governments now arguing about the {t}.
            The quiet success of the {t} deserves more attention than it usually receives.
            In {y}, a modest change in the {t} set off a chain of consequences for {g} and for the {t}.
            The argument here is simple: the {t} [matters/matter] more than [its/their] critics allow, above all for {g}.
            One senior diplomat in {a} called the {t} "the real test of {g}" for the coming decade.
            Seen from {a}, the {t} and the {t} look less like separate problems than like two faces of one.
            Budgets, timelines and the {t} all point in the same direction, toward more {g}.
            Few issues reveal the limits of {g} as clearly as the {t}.
            Consider the {t}, which [was/were] once treated as a purely technical matter.
            The figures published in {y} showed how far the {t} had drifted from earlier assumptions.
            Much of the commentary on the {t} misses a simpler point about the {t}.
            Yet the {t} cannot be understood without the {t}, and neither can be understood without {g}.
            Those closest to the {t} tend to be the least optimistic about [it/them].
            Ministers in {a} now speak of the {t} in the language once reserved for the {t}.
            This is where the {t} and the {t} meet, and where the hardest trade-offs lie.
            Internal reviews of the {t} have repeatedly pointed to the {t} as the weak link.
            For a smaller state, the {t} [is/are] less a matter of choice than of survival.
            What happens next to the {t} will shape the {t} well beyond the current political cycle.
            The early years of the {t} offer a cautionary tale about the {t}.
            It is tempting to treat the {t} as a problem that money alone can solve.
            """.lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .map(Template::compile)
            .toList();

    private EnglishTemplates() {}
}
