package org.tribune.demo;

import java.util.List;

/** Topic vocabularies for global issues and statecraft; see {@link SecurityVocabulary} for why terms never overlap. */
final class GlobalVocabulary {

    private static final String FAMILY = "global";

    static final List<CorpusTopic> TOPICS = List.of(
            CorpusTopic.of(FAMILY, "climate-diplomacy", "Climate Diplomacy | 气候外交 | 氣候外交", """
                    emissions targets | 减排目标 | 減排目標
                    carbon border tax | 碳边境调节税 | 碳邊境調節稅
                    climate finance | 气候融资 | 氣候融資
                    net zero | 净零排放 | 淨零排放
                    the Paris Agreement | 巴黎协定 | 巴黎協定
                    loss and damage fund | 损失与损害基金 | 損失與損害基金
                    climate adaptation | 气候适应 | 氣候適應
                    carbon market | 碳市场 | 碳市場
                    methane | 甲烷 | 甲烷
                    climate summit | 气候峰会 | 氣候峰會
                    nationally determined contributions | 国家自主贡献 | 國家自主貢獻
                    sea-level rise | 海平面上升 | 海平面上升
                    deforestation | 毁林 | 毀林
                    green technology | 绿色技术 | 綠色技術
                    extreme weather | 极端天气 | 極端天氣
                    small island states | 小岛屿国家 | 小島嶼國家
                    global stocktake | 全球盘点 | 全球盤點
                    clean energy investment | 清洁能源投资 | 清潔能源投資
                    climate negotiators | 气候谈判代表 | 氣候談判代表
                    emissions trading | 排放交易 | 排放交易
                    """),
            CorpusTopic.of(FAMILY, "global-health", "Global Health | 全球卫生 | 全球衛生", """
                    pandemic preparedness | 大流行防范 | 大流行防範
                    vaccine distribution | 疫苗分配 | 疫苗分配
                    the World Health Organization | 世界卫生组织 | 世界衛生組織
                    disease surveillance | 疾病监测 | 疾病監測
                    outbreak | 疫情暴发 | 疫情暴發
                    health systems | 卫生系统 | 衛生系統
                    antimicrobial resistance | 抗微生物药物耐药性 | 抗微生物藥物耐藥性
                    pathogen sharing | 病原体共享 | 病原體共享
                    medical supplies | 医疗物资 | 醫療物資
                    pandemic treaty | 大流行条约 | 大流行條約
                    public health emergency | 突发公共卫生事件 | 突發公共衛生事件
                    universal health coverage | 全民健康覆盖 | 全民健康覆蓋
                    malaria | 疟疾 | 瘧疾
                    tuberculosis | 结核病 | 結核病
                    health diplomacy | 卫生外交 | 衛生外交
                    vaccine manufacturing | 疫苗生产 | 疫苗生產
                    clinical trials | 临床试验 | 臨床試驗
                    zoonotic spillover | 人畜共患病溢出 | 人畜共患病溢出
                    health workforce | 卫生人力 | 衛生人力
                    quarantine measures | 检疫措施 | 檢疫措施
                    """),
            CorpusTopic.of(FAMILY, "human-rights", "Human Rights | 人权 | 人權", """
                    political prisoners | 政治犯 | 政治犯
                    freedom of expression | 言论自由 | 言論自由
                    rule of law | 法治 | 法治
                    accountability mechanism | 问责机制 | 問責機制
                    forced labor | 强迫劳动 | 強迫勞動
                    civil society | 公民社会 | 公民社會
                    press freedom | 新闻自由 | 新聞自由
                    arbitrary detention | 任意拘押 | 任意拘押
                    minority rights | 少数群体权利 | 少數群體權利
                    human rights defenders | 人权捍卫者 | 人權捍衛者
                    the Human Rights Council | 人权理事会 | 人權理事會
                    universal periodic review | 普遍定期审议 | 普遍定期審議
                    transitional justice | 过渡时期司法 | 過渡時期司法
                    religious freedom | 宗教自由 | 宗教自由
                    torture | 酷刑 | 酷刑
                    due process | 正当程序 | 正當程序
                    gender equality | 性别平等 | 性別平等
                    rights monitoring | 人权监测 | 人權監測
                    censorship | 审查制度 | 審查制度
                    special rapporteur | 特别报告员 | 特別報告員
                    """),
            CorpusTopic.of(FAMILY, "migration", "Migration | 移民与难民 | 移民與難民", """
                    refugee flows | 难民潮 | 難民潮
                    asylum seekers | 寻求庇护者 | 尋求庇護者
                    border control | 边境管控 | 邊境管控
                    remittances | 侨汇 | 僑匯
                    labor migration | 劳务移民 | 勞務移民
                    refugee resettlement | 难民重新安置 | 難民重新安置
                    displacement camps | 流离失所者营地 | 流離失所者營地
                    irregular crossings | 非正常越境 | 非正常越境
                    diaspora | 海外侨民 | 海外僑民
                    visa policy | 签证政策 | 簽證政策
                    migrant integration | 移民融入 | 移民融入
                    UNHCR | 联合国难民署 | 聯合國難民署
                    climate migrants | 气候移民 | 氣候移民
                    smuggling networks | 偷渡网络 | 偷渡網絡
                    brain drain | 人才流失 | 人才流失
                    host communities | 收容社区 | 收容社區
                    deportation | 遣返 | 遣返
                    temporary protection | 临时保护 | 臨時保護
                    migrant workers | 外籍劳工 | 外籍勞工
                    sea crossings | 海上偷渡 | 海上偷渡
                    """),
            CorpusTopic.of(FAMILY, "united-nations", "United Nations | 联合国 | 聯合國", """
                    the Security Council | 安理会 | 安理會
                    the General Assembly | 联合国大会 | 聯合國大會
                    veto power | 否决权 | 否決權
                    draft resolution | 决议草案 | 決議草案
                    Security Council reform | 安理会改革 | 安理會改革
                    permanent members | 常任理事国 | 常任理事國
                    multilateralism | 多边主义 | 多邊主義
                    the UN Charter | 联合国宪章 | 聯合國憲章
                    specialized agencies | 专门机构 | 專門機構
                    regular budget | 经常预算 | 經常預算
                    General Debate | 一般性辩论 | 一般性辯論
                    the Economic and Social Council | 经济及社会理事会 | 經濟及社會理事會
                    voting bloc | 投票集团 | 投票集團
                    the Group of 77 | 七十七国集团 | 七十七國集團
                    the New York headquarters | 纽约总部 | 紐約總部
                    humanitarian appeal | 人道主义呼吁 | 人道主義呼籲
                    abstention | 弃权票 | 棄權票
                    the Geneva offices | 日内瓦办事处 | 日內瓦辦事處
                    multilateral institutions | 多边机构 | 多邊機構
                    penholder | 执笔国 | 執筆國
                    """),
            CorpusTopic.of(FAMILY, "international-law", "International Law | 国际法 | 國際法", """
                    the International Court of Justice | 国际法院 | 國際法院
                    territorial sovereignty | 领土主权 | 領土主權
                    arbitration ruling | 仲裁裁决 | 仲裁裁決
                    customary law | 习惯国际法 | 習慣國際法
                    treaty obligations | 条约义务 | 條約義務
                    jurisdiction | 管辖权 | 管轄權
                    war crimes | 战争罪 | 戰爭罪
                    the International Criminal Court | 国际刑事法院 | 國際刑事法院
                    self-determination | 民族自决 | 民族自決
                    use of force | 使用武力 | 使用武力
                    advisory opinion | 咨询意见 | 諮詢意見
                    state immunity | 国家豁免 | 國家豁免
                    genocide convention | 灭绝种族罪公约 | 滅絕種族罪公約
                    extradition | 引渡 | 引渡
                    recognition of states | 国家承认 | 國家承認
                    humanitarian law | 人道法 | 人道法
                    treaty interpretation | 条约解释 | 條約解釋
                    boundary delimitation | 海洋划界 | 海洋劃界
                    annexation | 吞并 | 吞併
                    international tribunal | 国际法庭 | 國際法庭
                    """),
            CorpusTopic.of(FAMILY, "democracy-and-governance", "Democracy and Governance | 民主与治理 | 民主與治理", """
                    election observers | 选举观察员 | 選舉觀察員
                    democratic backsliding | 民主倒退 | 民主倒退
                    anticorruption campaign | 反腐运动 | 反腐運動
                    constitutional reform | 宪法改革 | 憲法改革
                    judicial independence | 司法独立 | 司法獨立
                    party system | 政党体制 | 政黨體制
                    electoral reform | 选举改革 | 選舉改革
                    polarization | 政治极化 | 政治極化
                    authoritarian resilience | 威权韧性 | 威權韌性
                    voter turnout | 投票率 | 投票率
                    coalition government | 联合政府 | 聯合政府
                    term limits | 任期限制 | 任期限制
                    decentralization | 地方分权 | 地方分權
                    opposition parties | 反对党 | 反對黨
                    state capacity | 国家能力 | 國家能力
                    election interference | 选举干预 | 選舉干預
                    legislative oversight | 立法监督 | 立法監督
                    public trust | 公众信任 | 公眾信任
                    government transparency | 政务透明 | 政務透明
                    civil service | 公务员制度 | 公務員制度
                    """),
            CorpusTopic.of(FAMILY, "public-diplomacy", "Public Diplomacy | 公共外交 | 公共外交", """
                    soft power | 软实力 | 軟實力
                    cultural exchange | 文化交流 | 文化交流
                    disinformation | 虚假信息 | 虛假信息
                    state media | 官方媒体 | 官方媒體
                    international broadcasting | 国际广播 | 國際廣播
                    student exchanges | 留学生交流 | 留學生交流
                    national image | 国家形象 | 國家形象
                    narrative competition | 叙事竞争 | 敘事競爭
                    influence operations | 影响力行动 | 影響力行動
                    language institutes | 语言学院 | 語言學院
                    social media campaigns | 社交媒体宣传 | 社交媒體宣傳
                    people-to-people ties | 民间往来 | 民間往來
                    nation branding | 国家品牌 | 國家品牌
                    think-tank dialogue | 智库对话 | 智庫對話
                    scholarship programs | 奖学金项目 | 獎學金項目
                    information warfare | 信息战 | 信息戰
                    media literacy | 媒体素养 | 媒體素養
                    embassy outreach | 使馆外联 | 使館外聯
                    sports diplomacy | 体育外交 | 體育外交
                    public opinion | 公众舆论 | 公眾輿論
                    """),
            CorpusTopic.of(FAMILY, "arctic", "The Arctic | 北极事务 | 北極事務", """
                    polar route | 北极航道 | 北極航道
                    sea ice | 海冰 | 海冰
                    the Arctic Council | 北极理事会 | 北極理事會
                    icebreaker | 破冰船 | 破冰船
                    the Northern Sea Route | 北方海航道 | 北方海航道
                    Greenland | 格陵兰 | 格陵蘭
                    Svalbard | 斯瓦尔巴 | 斯瓦爾巴
                    permafrost | 永久冻土 | 永久凍土
                    Indigenous peoples | 原住民族 | 原住民族
                    continental shelf claims | 大陆架主张 | 大陸架主張
                    polar research station | 极地科考站 | 極地科考站
                    near-Arctic state | 近北极国家 | 近北極國家
                    the Barents Sea | 巴伦支海 | 巴倫支海
                    the Bering Strait | 白令海峡 | 白令海峽
                    Arctic shipping | 北极航运 | 北極航運
                    the High North | 高北地区 | 高北地區
                    ice-class vessels | 冰级船舶 | 冰級船舶
                    Nuuk | 努克 | 努克
                    melting glaciers | 冰川融化 | 冰川融化
                    Arctic fisheries | 北极渔业 | 北極漁業
                    """),
            CorpusTopic.of(FAMILY, "foreign-policy", "Foreign Policy | 外交政策 | 外交政策", """
                    grand strategy | 大战略 | 大戰略
                    national interest | 国家利益 | 國家利益
                    realism | 现实主义 | 現實主義
                    liberal internationalism | 自由国际主义 | 自由國際主義
                    strategic restraint | 克制战略 | 克制戰略
                    foreign ministry | 外交部 | 外交部
                    statecraft | 治国方略 | 治國方略
                    balance of power | 均势 | 均勢
                    spheres of influence | 势力范围 | 勢力範圍
                    foreign policy doctrine | 外交学说 | 外交學說
                    diplomatic corps | 外交使团 | 外交使團
                    summitry | 首脑外交 | 首腦外交
                    strategic patience | 战略耐心 | 戰略耐心
                    world order | 世界秩序 | 世界秩序
                    isolationism | 孤立主义 | 孤立主義
                    international credibility | 国际信誉 | 國際信譽
                    foreign policy establishment | 外交政策建制派 | 外交政策建制派
                    policy planning staff | 政策规划司 | 政策規劃司
                    ambassadors | 大使 | 大使
                    red lines | 红线 | 紅線
                    """));

    private GlobalVocabulary() {}
}
