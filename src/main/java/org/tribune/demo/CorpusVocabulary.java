package org.tribune.demo;

import java.util.List;
import java.util.stream.Stream;

/**
 * The corpus's word tables: the 40 topics (each with its own vocabulary, kept in the family classes) plus the
 * general vocabulary of the field and the actors that any article may mention.
 */
final class CorpusVocabulary {

    /** All 40 topics, in a fixed order so that a seed always picks the same topics. */
    static final List<CorpusTopic> TOPICS = Stream.of(
                    SecurityVocabulary.TOPICS, EconomyVocabulary.TOPICS,
                    RegionVocabulary.TOPICS, GlobalVocabulary.TOPICS)
            .flatMap(List::stream)
            .toList();

    /** Field vocabulary shared by every topic; it dilutes topic terms the way ordinary prose would. */
    static final List<Phrase> GENERAL = Phrase.table("""
            policymakers | 决策者 | 決策者
            diplomats | 外交官 | 外交官
            negotiations | 谈判 | 談判
            cooperation | 合作 | 合作
            competition | 竞争 | 競爭
            stability | 稳定 | 穩定
            strategy | 战略 | 戰略
            security | 安全 | 安全
            economic growth | 经济增长 | 經濟增長
            development | 发展 | 發展
            bilateral relations | 双边关系 | 雙邊關係
            governments | 政府 | 政府
            allies | 盟友 | 盟友
            partners | 伙伴 | 夥伴
            rivals | 对手 | 對手
            institutions | 机构 | 機構
            leaders | 领导人 | 領導人
            legislators | 立法者 | 立法者
            analysts | 分析人士 | 分析人士
            crisis management | 危机管理 | 危機管理
            uncertainty | 不确定性 | 不確定性
            influence | 影响力 | 影響力
            interests | 利益 | 利益
            pressure | 压力 | 壓力
            risk | 风险 | 風險
            reform | 改革 | 改革
            coordination | 协调 | 協調
            dialogue | 对话 | 對話
            commitments | 承诺 | 承諾
            capabilities | 能力 | 能力
            costs | 代价 | 代價
            leverage | 筹码 | 籌碼
            legitimacy | 合法性 | 合法性
            sovereignty | 主权 | 主權
            neighbors | 邻国 | 鄰國
            markets | 市场 | 市場
            investment | 投资 | 投資
            regional powers | 地区大国 | 地區大國
            great powers | 大国 | 大國
            public support | 民意支持 | 民意支持
            domestic politics | 国内政治 | 國內政治
            bureaucracy | 官僚机构 | 官僚機構
            consensus | 共识 | 共識
            mutual trust | 互信 | 互信
            escalation | 局势升级 | 局勢升級
            deterrence | 威慑 | 威懾
            diplomacy | 外交 | 外交
            alignment | 站队 | 站隊
            long-term planning | 长期规划 | 長期規劃
            priorities | 优先事项 | 優先事項
            resources | 资源 | 資源
            signals | 信号 | 信號
            assurances | 保证 | 保證
            tensions | 紧张局势 | 緊張局勢
            norms | 规范 | 規範
            incentives | 激励 | 激勵
            vulnerabilities | 脆弱性 | 脆弱性
            resilience | 韧性 | 韌性
            mediation | 斡旋 | 斡旋
            agenda-setting | 议程设置 | 議程設置
            """);

    /** Capitals and groupings that act in every story; none of them is a topic term. */
    static final List<Phrase> ACTORS = Phrase.table("""
            Washington | 华盛顿 | 華盛頓
            Beijing | 北京 | 北京
            Moscow | 莫斯科 | 莫斯科
            Brussels | 布鲁塞尔 | 布魯塞爾
            London | 伦敦 | 倫敦
            Paris | 巴黎 | 巴黎
            Berlin | 柏林 | 柏林
            Tokyo | 东京 | 東京
            New Delhi | 新德里 | 新德里
            Canberra | 堪培拉 | 堪培拉
            Ottawa | 渥太华 | 渥太華
            Ankara | 安卡拉 | 安卡拉
            Brasilia | 巴西利亚 | 巴西利亞
            the European Union | 欧盟 | 歐盟
            the G20 | 二十国集团 | 二十國集團
            """);

    private CorpusVocabulary() {}
}
