package org.tribune.demo;

import java.util.List;

/**
 * Topic vocabularies for the security family. Terms are never shared between topics (and none contains another
 * topic's term), so that word overlap between two articles is a reliable signal that they share a topic.
 */
final class SecurityVocabulary {

    private static final String FAMILY = "security";

    static final List<CorpusTopic> TOPICS = List.of(
            CorpusTopic.of(FAMILY, "arms-control", "Arms Control | 军备控制 | 軍備控制", """
                    intercontinental missiles | 洲际导弹 | 洲際導彈
                    warhead | 弹头 | 彈頭
                    verification regime | 核查机制 | 核查機制
                    launcher | 发射装置 | 發射裝置
                    arms race | 军备竞赛 | 軍備競賽
                    treaty limits | 条约限额 | 條約限額
                    on-site inspection | 现场核查 | 現場核查
                    strategic stability | 战略稳定 | 戰略穩定
                    delivery system | 运载系统 | 運載系統
                    disarmament talks | 裁军谈判 | 裁軍談判
                    missile defense | 导弹防御 | 導彈防禦
                    confidence-building measure | 建立信任措施 | 建立信任措施
                    nuclear stockpile | 核武库 | 核武庫
                    data exchange | 数据交换 | 數據交換
                    hypersonic glide vehicle | 高超音速滑翔飞行器 | 高超音速滑翔飛行器
                    intermediate-range forces | 中程核力量 | 中程核力量
                    deployment ceiling | 部署上限 | 部署上限
                    compliance dispute | 履约争议 | 履約爭議
                    tactical weapons | 战术武器 | 戰術武器
                    arms control architecture | 军控架构 | 軍控架構
                    """),
            CorpusTopic.of(FAMILY, "nonproliferation", "Nonproliferation | 核不扩散 | 核不擴散", """
                    uranium enrichment | 铀浓缩 | 鈾濃縮
                    centrifuge | 离心机 | 離心機
                    safeguards agreement | 保障监督协定 | 保障監督協定
                    fissile material | 裂变材料 | 裂變材料
                    reprocessing | 后处理 | 後處理
                    nuclear latency | 核门槛能力 | 核門檻能力
                    proliferation risk | 扩散风险 | 擴散風險
                    breakout time | 突破时间 | 突破時間
                    nuclear fuel cycle | 核燃料循环 | 核燃料循環
                    nuclear inspectors | 核查人员 | 核查人員
                    heavy water | 重水 | 重水
                    weapons-grade material | 武器级材料 | 武器級材料
                    plutonium | 钚 | 鈽
                    additional protocol | 附加议定书 | 附加議定書
                    nuclear-weapon-free zone | 无核武器区 | 無核武器區
                    civil nuclear cooperation | 民用核合作 | 民用核合作
                    nuclear deterrent | 核威慑力量 | 核威懾力量
                    test site | 试验场 | 試驗場
                    enrichment cap | 浓缩上限 | 濃縮上限
                    nonproliferation treaty | 不扩散条约 | 不擴散條約
                    """),
            CorpusTopic.of(FAMILY, "maritime-security", "Maritime Security | 海上安全 | 海上安全", """
                    sea lanes | 海上通道 | 海上通道
                    coast guard | 海岸警卫队 | 海岸警衛隊
                    freedom of navigation | 航行自由 | 航行自由
                    naval patrol | 海军巡逻 | 海軍巡邏
                    exclusive economic zone | 专属经济区 | 專屬經濟區
                    shipping route | 航运路线 | 航運路線
                    piracy | 海盗活动 | 海盜活動
                    territorial waters | 领海 | 領海
                    aircraft carrier | 航空母舰 | 航空母艦
                    maritime militia | 海上民兵 | 海上民兵
                    undersea cable | 海底电缆 | 海底電纜
                    chokepoint | 咽喉要道 | 咽喉要道
                    blue-water fleet | 远洋舰队 | 遠洋艦隊
                    port call | 港口停靠 | 港口停靠
                    reef | 岛礁 | 島礁
                    maritime domain awareness | 海域态势感知 | 海域態勢感知
                    law of the sea | 海洋法 | 海洋法
                    destroyer | 驱逐舰 | 驅逐艦
                    submarine | 潜艇 | 潛艇
                    naval exercise | 海上演习 | 海上演習
                    """),
            CorpusTopic.of(FAMILY, "cybersecurity", "Cybersecurity | 网络安全 | 網絡安全", """
                    ransomware | 勒索软件 | 勒索軟件
                    state-sponsored hackers | 国家支持的黑客 | 國家支持的黑客
                    critical networks | 关键网络 | 關鍵網絡
                    data breach | 数据泄露 | 數據洩露
                    cyber espionage | 网络间谍活动 | 網絡間諜活動
                    attribution | 溯源归因 | 溯源歸因
                    encryption | 加密技术 | 加密技術
                    malware | 恶意软件 | 惡意軟件
                    zero-day vulnerability | 零日漏洞 | 零日漏洞
                    cyber norms | 网络空间规范 | 網絡空間規範
                    cyber deterrence | 网络威慑 | 網絡威懾
                    digital sovereignty | 数字主权 | 數字主權
                    incident response | 事件响应 | 事件響應
                    botnet | 僵尸网络 | 殭屍網絡
                    phishing | 网络钓鱼 | 網絡釣魚
                    network intrusion | 网络入侵 | 網絡入侵
                    denial-of-service attack | 拒绝服务攻击 | 拒絕服務攻擊
                    cyber command | 网络司令部 | 網絡司令部
                    software patch | 补丁修复 | 補丁修復
                    firewall | 防火墙 | 防火牆
                    """),
            CorpusTopic.of(FAMILY, "alliances", "Alliances | 同盟关系 | 同盟關係", """
                    alliance commitment | 同盟承诺 | 同盟承諾
                    burden sharing | 责任分担 | 責任分擔
                    mutual defense treaty | 共同防御条约 | 共同防禦條約
                    extended deterrence | 延伸威慑 | 延伸威懾
                    host nation support | 东道国支持 | 東道國支持
                    forward-deployed forces | 前沿部署部队 | 前沿部署部隊
                    joint command | 联合指挥 | 聯合指揮
                    interoperability | 互操作性 | 互操作性
                    security guarantee | 安全保障承诺 | 安全保障承諾
                    coalition partners | 联盟伙伴 | 聯盟夥伴
                    collective defense | 集体防御 | 集體防禦
                    basing agreement | 驻军协议 | 駐軍協議
                    hub-and-spoke system | 轴辐体系 | 軸輻體系
                    abandonment fears | 被抛弃的担忧 | 被拋棄的擔憂
                    entrapment | 牵连风险 | 牽連風險
                    treaty ally | 条约盟友 | 條約盟友
                    security partnership | 安全伙伴关系 | 安全夥伴關係
                    combined training | 联合训练 | 聯合訓練
                    alliance cohesion | 同盟凝聚力 | 同盟凝聚力
                    minilateral grouping | 小多边机制 | 小多邊機制
                    """),
            CorpusTopic.of(FAMILY, "defense-spending", "Defense Spending | 国防开支 | 國防開支", """
                    procurement | 采购 | 採購
                    defense budget | 国防预算 | 國防預算
                    readiness | 战备状态 | 戰備狀態
                    force modernization | 军队现代化 | 軍隊現代化
                    defense industry | 国防工业 | 國防工業
                    munitions production | 弹药生产 | 彈藥生產
                    shipbuilding | 造船能力 | 造船能力
                    fighter jet | 战斗机 | 戰鬥機
                    personnel costs | 人员开支 | 人員開支
                    research and development | 研发投入 | 研發投入
                    two percent target | 百分之二目标 | 百分之二目標
                    supplemental appropriation | 追加拨款 | 追加撥款
                    defense contractors | 国防承包商 | 國防承包商
                    unit cost | 单位成本 | 單位成本
                    reserve forces | 预备役部队 | 預備役部隊
                    military payroll | 军饷支出 | 軍餉支出
                    long-range strike | 远程打击 | 遠程打擊
                    multiyear contract | 多年期合同 | 多年期合同
                    force posture | 兵力态势 | 兵力態勢
                    maintenance backlog | 维修积压 | 維修積壓
                    """),
            CorpusTopic.of(FAMILY, "counterterrorism", "Counterterrorism | 反恐 | 反恐", """
                    militant network | 武装分子网络 | 武裝分子網絡
                    insurgency | 叛乱活动 | 叛亂活動
                    radicalization | 激进化 | 激進化
                    terrorist financing | 恐怖融资 | 恐怖融資
                    drone strike | 无人机打击 | 無人機打擊
                    safe haven | 避风港 | 避風港
                    extremist ideology | 极端主义思想 | 極端主義思想
                    foreign fighters | 外国武装人员 | 外國武裝人員
                    counterinsurgency | 反叛乱 | 反叛亂
                    deradicalization program | 去极端化项目 | 去極端化項目
                    special operations | 特种作战 | 特種作戰
                    hostage-taking | 劫持人质 | 劫持人質
                    watch list | 监控名单 | 監控名單
                    lone-wolf attack | 独狼式袭击 | 獨狼式襲擊
                    jihadist group | 圣战组织 | 聖戰組織
                    border infiltration | 越境渗透 | 越境滲透
                    suicide bombing | 自杀式爆炸 | 自殺式爆炸
                    counterterrorism cooperation | 反恐合作 | 反恐合作
                    propaganda channels | 宣传渠道 | 宣傳渠道
                    security sweep | 清剿行动 | 清剿行動
                    """),
            CorpusTopic.of(FAMILY, "space-security", "Space Security | 太空安全 | 太空安全", """
                    satellite constellation | 卫星星座 | 衛星星座
                    anti-satellite test | 反卫星试验 | 反衛星試驗
                    orbital debris | 轨道碎片 | 軌道碎片
                    launch vehicle | 运载火箭 | 運載火箭
                    space situational awareness | 太空态势感知 | 太空態勢感知
                    lunar program | 探月计划 | 探月計劃
                    low Earth orbit | 近地轨道 | 近地軌道
                    geostationary orbit | 地球静止轨道 | 地球靜止軌道
                    space station | 空间站 | 空間站
                    rendezvous and proximity operations | 交会对接操作 | 交會對接操作
                    space traffic management | 太空交通管理 | 太空交通管理
                    counterspace capabilities | 反太空能力 | 反太空能力
                    navigation satellite | 导航卫星 | 導航衛星
                    reusable rocket | 可重复使用火箭 | 可重複使用火箭
                    space command | 太空司令部 | 太空司令部
                    ground station | 地面站 | 地面站
                    outer space treaty | 外层空间条约 | 外層空間條約
                    signal jamming | 信号干扰 | 信號干擾
                    commercial launch | 商业发射 | 商業發射
                    early-warning satellite | 预警卫星 | 預警衛星
                    """),
            CorpusTopic.of(FAMILY, "peacekeeping", "Peacekeeping | 维和行动 | 維和行動", """
                    peacekeepers | 维和人员 | 維和人員
                    ceasefire monitoring | 停火监督 | 停火監督
                    mandate renewal | 授权延期 | 授權延期
                    troop contributors | 出兵国 | 出兵國
                    protection of civilians | 平民保护 | 平民保護
                    buffer zone | 缓冲区 | 緩衝區
                    blue helmets | 蓝盔部队 | 藍盔部隊
                    disarmament and demobilization | 解除武装与复员 | 解除武裝與復員
                    mission drawdown | 特派团缩编 | 特派團縮編
                    rules of engagement | 交战规则 | 交戰規則
                    stabilization force | 稳定部队 | 穩定部隊
                    political settlement | 政治解决方案 | 政治解決方案
                    field headquarters | 战地总部 | 戰地總部
                    armed groups | 武装团体 | 武裝團體
                    humanitarian corridor | 人道主义走廊 | 人道主義走廊
                    status-of-forces agreement | 部队地位协定 | 部隊地位協定
                    observer mission | 观察团 | 觀察團
                    conflict zone | 冲突地区 | 衝突地區
                    peace agreement | 和平协议 | 和平協議
                    police contingent | 警察分队 | 警察分隊
                    """),
            CorpusTopic.of(FAMILY, "intelligence", "Intelligence | 情报 | 情報", """
                    intelligence assessment | 情报评估 | 情報評估
                    signals intelligence | 信号情报 | 信號情報
                    covert action | 隐蔽行动 | 隱蔽行動
                    human sources | 人力情报来源 | 人力情報來源
                    analytic tradecraft | 分析技巧 | 分析技巧
                    counterintelligence | 反情报 | 反情報
                    mass surveillance | 大规模监控 | 大規模監控
                    intelligence sharing | 情报共享 | 情報共享
                    open-source intelligence | 开源情报 | 開源情報
                    double agent | 双面间谍 | 雙面間諜
                    strategic warning | 战略预警 | 戰略預警
                    satellite imagery | 卫星图像 | 衛星圖像
                    intercepted communications | 截获的通讯 | 截獲的通訊
                    intelligence failure | 情报失误 | 情報失誤
                    oversight committee | 监督委员会 | 監督委員會
                    classified briefing | 机密简报 | 機密簡報
                    the Five Eyes | 五眼联盟 | 五眼聯盟
                    national intelligence estimate | 国家情报评估 | 國家情報評估
                    defector | 叛逃者 | 叛逃者
                    clandestine network | 地下网络 | 地下網絡
                    """));

    private SecurityVocabulary() {}
}
