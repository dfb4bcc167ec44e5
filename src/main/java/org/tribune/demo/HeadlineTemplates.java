package org.tribune.demo;

import java.util.List;

/**
 * Titles, summaries and subheadings, written in all three languages so that an article's editions carry matching
 * headlines, as a translated journal's would. {@code {p}} is always a term of the primary topic, which keeps the
 * headline on topic even when the body wanders into a secondary one.
 */
final class HeadlineTemplates {

    static final List<ParallelTemplate> TITLES = ParallelTemplate.table("""
            Why the {p} Still [Matters/Matter] for {a} | 为何{p}对{a}依然重要 | 為何{p}對{a}依然重要
            The Quiet Transformation of the {p} | {p}的悄然转变 | {p}的悄然轉變
            {a} and the Uncertain Future of the {p} | {a}与{p}的不确定前景 | {a}與{p}的不確定前景
            What the {p} Reveals About the {s} | {p}折射出的{s}问题 | {p}折射出的{s}問題
            Rethinking the {p} After a Turbulent Decade | 动荡十年之后，重新审视{p} | 動盪十年之後，重新審視{p}
            The {p} [Is/Are] Entering a Dangerous New Phase | {p}正在进入一个危险的新阶段 | {p}正在進入一個危險的新階段
            How {a} Lost the Argument Over the {p} | {a}为何在{p}之争中失利 | {a}為何在{p}之爭中失利
            The Hidden Costs of the {p} | {p}的隐性代价 | {p}的隱性代價
            Between the {p} and the {s} | 在{p}与{s}之间寻找平衡 | 在{p}與{s}之間尋找平衡
            The Case for a New Approach to the {p} | {p}需要新的思路 | {p}需要新的思路
            {a} Confronts the Politics of the {p} | {a}直面{p}背后的政治 | {a}直面{p}背後的政治
            The {p} and the Future of the {s} | {p}与{s}的未来 | {p}與{s}的未來
            Lessons From a Decade of the {p} | {p}十年的经验教训 | {p}十年的經驗教訓
            Can the {p} Still Deliver What Was Promised? | {p}能否兑现当初的承诺？ | {p}能否兌現當初的承諾？
            Inside the Long Fight Over the {p} | {p}之争的内幕 | {p}之爭的內幕
            Why {a} Keeps Misreading the {p} | {a}为何一再误判{p} | {a}為何一再誤判{p}
            """);

    static final List<ParallelTemplate> SUMMARIES = ParallelTemplate.table("""
            {a} faces a narrowing set of choices on the {p}. The coming year will show whether its current approach can hold. | {a}在{p}问题上的选择正日益收窄。未来一年将检验其现行做法能否维持下去。 | {a}在{p}問題上的選擇正日益收窄。未來一年將檢驗其現行做法能否維持下去。
            The {p} [is/are] reshaping debates about the {s} in ways that policymakers have been slow to grasp. | {p}正在重塑有关{s}的讨论，而决策者对此反应迟缓。 | {p}正在重塑有關{s}的討論，而決策者對此反應遲緩。
            A close look at the {p} suggests that the conventional wisdom is wrong. The real story lies in the {s}. | 仔细审视{p}便会发现，传统看法并不正确。真正的关键在于{s}。 | 仔細審視{p}便會發現，傳統看法並不正確。真正的關鍵在於{s}。
            Ten years of argument over the {p} have produced more heat than light, but a workable compromise is within reach. | 围绕{p}的十年争论声势不小却少有成果，但一个可行的折中方案已近在眼前。 | 圍繞{p}的十年爭論聲勢不小卻少有成果，但一個可行的折中方案已近在眼前。
            Why the {p} [matters/matter] for {a}, and what a more realistic policy would look like. | {p}为何对{a}至关重要，更务实的政策又该是什么样子。 | {p}為何對{a}至關重要，更務實的政策又該是什麼樣子。
            The {p} [has/have] become a proxy for larger disputes over the {s}. Treating the issue as a technical question misses the point. | {p}已成为围绕{s}的更大争议的缩影。把它当作技术问题来处理，恰恰抓错了重点。 | {p}已成為圍繞{s}的更大爭議的縮影。把它當作技術問題來處理，恰恰抓錯了重點。
            """);

    static final List<ParallelTemplate> SUBHEADINGS = ParallelTemplate.table("""
            The Roots of the {p} | {p}的由来 | {p}的由來
            What Changed | 发生了什么变化 | 發生了什麼變化
            The View From {a} | 来自{a}的视角 | 來自{a}的視角
            Costs and Trade-Offs | 代价与取舍 | 代價與取捨
            The Road Ahead | 未来之路 | 未來之路
            A Better Approach to the {p} | 应对{p}的更好办法 | 應對{p}的更好辦法
            Why the {s} [Persists/Persist] | {s}为何难以消退 | {s}為何難以消退
            The Limits of Pressure | 施压的限度 | 施壓的限度
            """);

    private HeadlineTemplates() {}
}
