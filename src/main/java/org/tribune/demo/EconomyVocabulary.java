package org.tribune.demo;

import java.util.List;

/** Topic vocabularies for the economics family; see {@link SecurityVocabulary} for why terms never overlap. */
final class EconomyVocabulary {

    private static final String FAMILY = "economy";

    static final List<CorpusTopic> TOPICS = List.of(
            CorpusTopic.of(FAMILY, "trade-policy", "Trade Policy | 贸易政策 | 貿易政策", """
                    tariff | 关税 | 關稅
                    free trade agreement | 自由贸易协定 | 自由貿易協定
                    trade deficit | 贸易逆差 | 貿易逆差
                    market access | 市场准入 | 市場准入
                    antidumping investigation | 反倾销调查 | 反傾銷調查
                    rules of origin | 原产地规则 | 原產地規則
                    the World Trade Organization | 世界贸易组织 | 世界貿易組織
                    dispute settlement | 争端解决 | 爭端解決
                    export subsidies | 出口补贴 | 出口補貼
                    most-favored-nation status | 最惠国待遇 | 最惠國待遇
                    customs union | 关税同盟 | 關稅同盟
                    trade surplus | 贸易顺差 | 貿易順差
                    bilateral trade | 双边贸易 | 雙邊貿易
                    safeguard duties | 保障性关税 | 保障性關稅
                    digital trade | 数字贸易 | 數字貿易
                    trade remedy | 贸易救济 | 貿易救濟
                    negotiating round | 谈判回合 | 談判回合
                    reciprocity | 对等原则 | 對等原則
                    import quota | 进口配额 | 進口配額
                    trade liberalization | 贸易自由化 | 貿易自由化
                    """),
            CorpusTopic.of(FAMILY, "sanctions", "Sanctions | 制裁 | 制裁", """
                    asset freeze | 资产冻结 | 資產凍結
                    export controls | 出口管制 | 出口管制
                    secondary sanctions | 次级制裁 | 次級制裁
                    entity list | 实体清单 | 實體清單
                    sanctions evasion | 规避制裁 | 規避制裁
                    financial blacklist | 金融黑名单 | 金融黑名單
                    oil embargo | 石油禁运 | 石油禁運
                    price cap | 价格上限 | 價格上限
                    shadow fleet | 影子船队 | 影子船隊
                    dual-use goods | 军民两用物项 | 軍民兩用物項
                    travel ban | 旅行禁令 | 旅行禁令
                    compliance officers | 合规官员 | 合規官員
                    sanctions relief | 解除制裁 | 解除制裁
                    correspondent banking | 代理银行业务 | 代理銀行業務
                    frozen reserves | 被冻结的储备 | 被凍結的儲備
                    sanctions designation | 制裁认定 | 制裁認定
                    transshipment | 转运贸易 | 轉運貿易
                    enforcement action | 执法行动 | 執法行動
                    economic coercion | 经济胁迫 | 經濟脅迫
                    payment system | 支付系统 | 支付系統
                    """),
            CorpusTopic.of(FAMILY, "energy-security", "Energy Security | 能源安全 | 能源安全", """
                    liquefied natural gas | 液化天然气 | 液化天然氣
                    gas pipeline | 输气管道 | 輸氣管道
                    oil price | 油价 | 油價
                    strategic petroleum reserve | 战略石油储备 | 戰略石油儲備
                    energy transition | 能源转型 | 能源轉型
                    renewable capacity | 可再生能源装机 | 可再生能源裝機
                    power grid | 电网 | 電網
                    refinery | 炼油厂 | 煉油廠
                    production cuts | 减产 | 減產
                    nuclear power plant | 核电站 | 核電站
                    critical minerals | 关键矿产 | 關鍵礦產
                    energy dependence | 能源依赖 | 能源依賴
                    gas storage | 储气设施 | 儲氣設施
                    offshore field | 海上油气田 | 海上油氣田
                    producer cartel | 产油国联盟 | 產油國聯盟
                    electricity prices | 电价 | 電價
                    coal phaseout | 煤电退出 | 煤電退出
                    hydrogen | 氢能 | 氫能
                    supply disruption | 供应中断 | 供應中斷
                    oil tanker | 油轮 | 油輪
                    """),
            CorpusTopic.of(FAMILY, "supply-chains", "Supply Chains | 供应链 | 供應鏈", """
                    semiconductor | 半导体 | 半導體
                    reshoring | 产业回流 | 產業回流
                    friend-shoring | 友岸外包 | 友岸外包
                    single point of failure | 单一故障点 | 單一故障點
                    inventory buffer | 库存缓冲 | 庫存緩衝
                    logistics networks | 物流网络 | 物流網絡
                    container shipping | 集装箱运输 | 集裝箱運輸
                    contract manufacturer | 代工厂 | 代工廠
                    rare earth processing | 稀土加工 | 稀土加工
                    supplier diversification | 供应商多元化 | 供應商多元化
                    lead time | 交货周期 | 交貨週期
                    component shortage | 零部件短缺 | 零部件短缺
                    just-in-time production | 准时制生产 | 準時制生產
                    chip fabrication | 芯片制造 | 芯片製造
                    nearshoring | 近岸外包 | 近岸外包
                    freight rates | 运费 | 運費
                    manufacturing hub | 制造业中心 | 製造業中心
                    port congestion | 港口拥堵 | 港口擁堵
                    value chain | 价值链 | 價值鏈
                    traceability | 可追溯性 | 可追溯性
                    industrial subsidies | 产业补贴 | 產業補貼
                    """),
            CorpusTopic.of(FAMILY, "development-finance", "Development Finance | 发展融资 | 發展融資", """
                    concessional loans | 优惠贷款 | 優惠貸款
                    development bank | 开发银行 | 開發銀行
                    official development assistance | 官方发展援助 | 官方發展援助
                    grant funding | 赠款资金 | 贈款資金
                    project pipeline | 项目储备 | 項目儲備
                    blended finance | 混合融资 | 混合融資
                    donor coordination | 捐助方协调 | 捐助方協調
                    poverty reduction | 减贫 | 減貧
                    sustainable development goals | 可持续发展目标 | 可持續發展目標
                    capital increase | 增资 | 增資
                    lending portfolio | 贷款组合 | 貸款組合
                    aid effectiveness | 援助实效 | 援助實效
                    guarantee facility | 担保工具 | 擔保工具
                    local currency lending | 本币贷款 | 本幣貸款
                    private capital mobilization | 私人资本动员 | 私人資本動員
                    recipient countries | 受援国 | 受援國
                    loan conditionality | 贷款条件 | 貸款條件
                    results-based financing | 基于成果的融资 | 基於成果的融資
                    technical assistance | 技术援助 | 技術援助
                    multilateral lender | 多边贷款机构 | 多邊貸款機構
                    """),
            CorpusTopic.of(FAMILY, "monetary-policy", "Monetary Policy | 货币政策 | 貨幣政策", """
                    exchange rate | 汇率 | 匯率
                    interest rates | 利率 | 利率
                    central bank | 中央银行 | 中央銀行
                    reserve currency | 储备货币 | 儲備貨幣
                    inflation | 通货膨胀 | 通貨膨脹
                    currency swap line | 货币互换额度 | 貨幣互換額度
                    dollar dominance | 美元主导地位 | 美元主導地位
                    capital controls | 资本管制 | 資本管制
                    quantitative easing | 量化宽松 | 量化寬鬆
                    devaluation | 货币贬值 | 貨幣貶值
                    digital currency | 数字货币 | 數字貨幣
                    foreign exchange reserves | 外汇储备 | 外匯儲備
                    bond yields | 债券收益率 | 債券收益率
                    balance of payments | 国际收支 | 國際收支
                    cross-border payments | 跨境支付 | 跨境支付
                    rate hike | 加息 | 加息
                    currency peg | 汇率挂钩 | 匯率掛鉤
                    renminbi internationalization | 人民币国际化 | 人民幣國際化
                    monetary tightening | 货币紧缩 | 貨幣緊縮
                    financial stability | 金融稳定 | 金融穩定
                    """),
            CorpusTopic.of(FAMILY, "technology-competition", "Technology Competition | 科技竞争 | 科技競爭", """
                    artificial intelligence | 人工智能 | 人工智能
                    quantum computing | 量子计算 | 量子計算
                    advanced chips | 先进芯片 | 先進芯片
                    5G networks | 5G网络 | 5G網絡
                    technical standards | 技术标准 | 技術標準
                    innovation ecosystem | 创新生态 | 創新生態
                    talent competition | 人才竞争 | 人才競爭
                    research security | 科研安全 | 科研安全
                    intellectual property | 知识产权 | 知識產權
                    tech decoupling | 科技脱钩 | 科技脫鉤
                    investment screening | 投资审查 | 投資審查
                    cloud computing | 云计算 | 雲計算
                    data governance | 数据治理 | 數據治理
                    startup funding | 初创融资 | 初創融資
                    biotechnology | 生物技术 | 生物技術
                    platform companies | 平台企业 | 平臺企業
                    compute capacity | 算力 | 算力
                    open-source software | 开源软件 | 開源軟件
                    technology alliance | 技术联盟 | 技術聯盟
                    lithography equipment | 光刻设备 | 光刻設備
                    """),
            CorpusTopic.of(FAMILY, "food-security", "Food Security | 粮食安全 | 糧食安全", """
                    grain exports | 粮食出口 | 糧食出口
                    fertilizer prices | 化肥价格 | 化肥價格
                    crop yields | 作物产量 | 作物產量
                    famine | 饥荒 | 饑荒
                    food prices | 食品价格 | 食品價格
                    wheat | 小麦 | 小麥
                    rice harvest | 稻米收成 | 稻米收成
                    drought | 干旱 | 乾旱
                    agricultural subsidies | 农业补贴 | 農業補貼
                    smallholder farmers | 小农户 | 小農戶
                    irrigation | 灌溉 | 灌溉
                    food aid | 粮食援助 | 糧食援助
                    export ban | 出口禁令 | 出口禁令
                    seed varieties | 种子品种 | 種子品種
                    hunger | 饥饿 | 飢餓
                    grain corridor | 粮食走廊 | 糧食走廊
                    land degradation | 土地退化 | 土地退化
                    cold chain | 冷链 | 冷鏈
                    food reserves | 粮食储备 | 糧食儲備
                    nutrition | 营养 | 營養
                    """),
            CorpusTopic.of(FAMILY, "sovereign-debt", "Sovereign Debt | 主权债务 | 主權債務", """
                    debt restructuring | 债务重组 | 債務重組
                    sovereign default | 主权违约 | 主權違約
                    bondholders | 债券持有人 | 債券持有人
                    debt relief | 债务减免 | 債務減免
                    principal haircut | 本金削减 | 本金削減
                    creditor committee | 债权人委员会 | 債權人委員會
                    debt sustainability analysis | 债务可持续性分析 | 債務可持續性分析
                    bailout | 救助计划 | 救助計劃
                    austerity | 紧缩措施 | 緊縮措施
                    credit rating | 信用评级 | 信用評級
                    international bond issue | 国际债券发行 | 國際債券發行
                    debt trap | 债务陷阱 | 債務陷阱
                    debt service | 偿债支出 | 償債支出
                    the Paris Club | 巴黎俱乐部 | 巴黎俱樂部
                    common framework | 共同框架 | 共同框架
                    liquidity crisis | 流动性危机 | 流動性危機
                    borrowing spreads | 借贷利差 | 借貸利差
                    collateralized loans | 抵押贷款 | 抵押貸款
                    fiscal deficit | 财政赤字 | 財政赤字
                    the IMF program | 基金组织贷款项目 | 基金組織貸款項目
                    """),
            CorpusTopic.of(FAMILY, "infrastructure", "Infrastructure | 基础设施 | 基礎設施", """
                    railway project | 铁路项目 | 鐵路項目
                    port development | 港口开发 | 港口開發
                    connectivity | 互联互通 | 互聯互通
                    highway | 高速公路 | 高速公路
                    hydropower dam | 水电站大坝 | 水電站大壩
                    economic corridor | 经济走廊 | 經濟走廊
                    construction contracts | 建设合同 | 建設合同
                    project financing | 项目融资 | 項目融資
                    public-private partnership | 公私合作 | 公私合作
                    feasibility study | 可行性研究 | 可行性研究
                    cost overruns | 成本超支 | 成本超支
                    special economic zone | 经济特区 | 經濟特區
                    fiber-optic link | 光纤线路 | 光纖線路
                    logistics hub | 物流枢纽 | 物流樞紐
                    cross-sea bridge | 跨海大桥 | 跨海大橋
                    urban rail transit | 城市轨道交通 | 城市軌道交通
                    tender process | 招标程序 | 招標程序
                    sovereign guarantee | 主权担保 | 主權擔保
                    water supply | 供水系统 | 供水系統
                    infrastructure gap | 基础设施缺口 | 基礎設施缺口
                    """));

    private EconomyVocabulary() {}
}
