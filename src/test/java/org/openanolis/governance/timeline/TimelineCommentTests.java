package org.openanolis.governance.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openanolis.governance.system.Languages;

/**
 * The system's timeline comments are stored as a code and arguments and read in the reader's language; what was
 * stored as words (older rows, what people typed) reads as it is, and arguments are only ever data.
 */
class TimelineCommentTests {

    @Test
    void aVoteOpeningReadsInEachLanguage() {
        String stored = TimelineComment.of("vote-opened", 1, "SIMPLE", 7, 5);

        assertThat(stored).isEqualTo("\u0001@comments.vote-opened|1|SIMPLE|7|5");
        assertThat(TimelineComment.render(stored, Languages.ENGLISH)).isEqualTo("Round 1, SIMPLE, electorate 7, quorum 5");
        assertThat(TimelineComment.render(stored, Languages.CHINESE)).isEqualTo("第 1 轮，SIMPLE，有投票权成员 7 名，法定人数 5");
    }

    @Test
    void theProductsOwnWordsInsideAreReadInEachLanguageToo() {
        String stored = TimelineComment.of("vote-closed", TimelineComment.word("outcome.APPROVED"), 5, 1, 0, 7, 5);

        assertThat(TimelineComment.render(stored, Languages.ENGLISH))
                .isEqualTo("APPROVED: 5 approve, 1 reject, 0 abstain of 7 (quorum 5)");
        assertThat(TimelineComment.render(stored, Languages.CHINESE)).isEqualTo("通过：7 人中 5 人赞成，1 人反对，0 人弃权（法定人数 5）");
        assertThat(TimelineComment.render(TimelineComment.of("project-is", "kernel-x", TimelineComment.word("stage.INCUBATING")),
                Languages.CHINESE)).isEqualTo("kernel-x 现为 孵化");
        assertThat(TimelineComment.render(TimelineComment.of("project-is", "kernel-x", TimelineComment.word("stage.NEWER")),
                Languages.CHINESE)).as("a word this version does not know: its code's last part").isEqualTo("kernel-x 现为 NEWER");
        assertThat(TimelineComment.render(TimelineComment.of("project-is", "stage.SANDBOX", "x"), Languages.CHINESE))
                .as("data that reads like a code stays data").isEqualTo("stage.SANDBOX 现为 x");
        assertThatThrownBy(() -> TimelineComment.word("${x}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outsideARequestItReadsInEnglish() {
        assertThat(TimelineComment.render(TimelineComment.of("vote-closed", "APPROVED", 5, 1, 0, 7, 5)))
                .isEqualTo("APPROVED: 5 approve, 1 reject, 0 abstain of 7 (quorum 5)");
    }

    @Test
    void anOldRowInEnglishAndWhatPeopleTypedReadAsTheyAre() {
        String old = "Round 1, SIMPLE, electorate 7, quorum 5";
        assertThat(TimelineComment.render(old, Languages.CHINESE)).isEqualTo(old);
        assertThat(TimelineComment.render("@comments.vote-opened|9|X|1|1", Languages.CHINESE))
                .as("typed text cannot hold the control character that marks a coded comment")
                .isEqualTo("@comments.vote-opened|9|X|1|1");
        assertThat(TimelineComment.render(null, Languages.CHINESE)).isNull();
    }

    @Test
    void aHostileArgumentIsDataInEveryLanguage() {
        String hostile = "a|b\\c {0} {1,number} ${T(java.lang.Runtime).getRuntime()} <script>alert(1)</script> '";
        String stored = TimelineComment.of("declined-to-sponsor", hostile);

        assertThat(TimelineComment.render(stored, Languages.ENGLISH)).isEqualTo("Declined to sponsor " + hostile);
        assertThat(TimelineComment.render(stored, Languages.CHINESE)).isEqualTo("拒绝发起 " + hostile);
    }

    @Test
    void argumentsKeepTheirPlacesWhateverTheyHold() {
        String stored = TimelineComment.of("leads-now", "a|b", "\\|");
        assertThat(TimelineComment.render(stored, Languages.ENGLISH)).isEqualTo("Chairs: a|b; tech leads: \\|");
        assertThat(TimelineComment.render(TimelineComment.of("vote-extended", (Object) null), Languages.ENGLISH))
                .isEqualTo("No quorum yet; the vote now closes at ");
    }

    @Test
    void anUnknownCodeShowsItsArgumentsAndABadOneIsRefused() {
        assertThat(TimelineComment.render("\u0001@comments.from-a-newer-version|x|y", Languages.ENGLISH)).isEqualTo("x, y");
        assertThat(TimelineComment.render("\u0001@comments.Bad Code|x", Languages.ENGLISH))
                .isEqualTo("\u0001@comments.Bad Code|x");
        assertThatThrownBy(() -> TimelineComment.of("x}|y")).isInstanceOf(IllegalArgumentException.class);
    }
}
