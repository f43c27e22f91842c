# UIL的页面：已送达UIL的申请及其审查、征集、截止时间延期、审计记录、发件箱、工作人员账户和成员名录。
# 还包括每份申请的邮件记录。

## 小元素。
uil-list-separator = {"、"}
uil-list-last = {"和"}
uil-colon = {"："}

## UIL页面的菜单。
uil-nav-label = UIL
uil-nav-applications = 申请
uil-nav-calls = 征集
uil-nav-extensions = 延期
uil-nav-audit = 审计
uil-nav-mail = 邮件
uil-nav-staff = 工作人员
uil-nav-members = 成员名录

## 列表：筛选条件和分页。
uil-filter-show = 显示
uil-filter-any = 全部
uil-filter-all-calls = 全部征集
uil-filter-all-regions = 全部地区
uil-filter-all-countries = 全部国家
uil-filter-all-stages = 全部阶段
uil-filter-reviewed-either = 不限
uil-filter-reviewed-yes = 至少一次
uil-filter-reviewed-no = 尚未评估
uil-sort-newest = 最新的在前
uil-sort-country = 按国家
uil-sort-city = 按城市
uil-pages = 分页
uil-previous-page = 上一页
uil-next-page = 下一页
uil-page-of = 第{ $page }页，共{ $pages }页

## 面板：已送达UIL的申请。
uil-dashboard-title = UIL收到的申请
uil-failed-mail = { $count ->
   *[other] { $count }封邮件未能发送
}
uil-failed-mail-see = 查看未能发送的邮件
uil-failed-mail-resend = 并重新发送。
uil-failed-mail-coordinator = UIL协调员可以重新发送。
uil-by-region = 按地区
uil-by-region-caption = 按地区分列的申请
uil-by-stage = 按阶段
uil-by-stage-caption = 按阶段分列的申请
uil-chart-title = 按地区分列的申请：{ $counts }
uil-chart-item = { $region } { $count }
uil-col-region = 地区
uil-col-applications = 申请
uil-col-stage = 阶段
uil-col-city = 城市
uil-col-country = 国家
uil-col-reached = 送达UIL时间
uil-col-assessments = 评估
uil-col-average = 平均分
uil-applications-count = { $count ->
   *[other] { $count }份申请
}
uil-export-link = 将这些申请下载为电子表格（CSV）
uil-no-match = 没有符合这些筛选条件的申请。

## 单个申请。
uil-application-title = { $city } – UIL
uil-back-to-applications = 返回申请列表
uil-application-heading = { $city }的申请
uil-reached-on = 于{ $when }送达UIL。
uil-printable = 打印版
uil-decision-message-shown = UIL致城市的留言：
uil-endorsement-heading = 全国委员会的推荐
uil-signing-officer = 签署人
uil-officer = { $name }，{ $title }
uil-endorsement-note = 备注
uil-none = 无
uil-signed-endorsement = 已签署的推荐函
uil-missing = 缺失
uil-file-size = （{ $size }）
uil-start-review = 开始审查
uil-assessments = 评估
uil-your-assessment = 您的评估，{ $when }
uil-admin-sees-all = 作为UIL协调员，您可以查看所有评估。
uil-hidden-until-own = 您提交自己的评估后，其他审查员的评估将显示在此处。
uil-other-assessments = 其他评估
uil-all-assessments = 所有评估
uil-col-reviewer = 审查员
uil-col-comment = 意见
uil-averages = 平均分：
uil-averages-list = { $averages }。
uil-averages-separator = {"；"}
uil-criterion-average = { $criterion } { $average }
uil-overall = 总平均分{ $average }。
uil-change-assessment = 修改您的评估
uil-write-assessment = 撰写您的评估
uil-comment = 意见
uil-save-assessment = 保存我的评估
uil-decision = 决定
uil-decision-legend = 是否接受{ $city }成为成员？
uil-decision-accepted = 接受：{ $city }加入网络
uil-decision-not-accepted = 不予接受
uil-decision-message-label = 致该城市及其全国委员会的留言
uil-record-decision = 记录决定
uil-documents = 文件
uil-progress = 进展
uil-timeline-entry = { $who }：{ $what }
uil-not-given = 未填写

## 申请的邮件记录。
uil-mail-log-heading = 有关此申请的邮件
uil-mail-log-none = 尚无邮件。
uil-mail-log-when = 时间
uil-mail-log-to = 收件人
uil-mail-log-subject = 主题
uil-mail-log-state = 状态

## 征集。
uil-calls-title = 征集
uil-calls-heading = 申请征集
uil-calls-col-title = 标题
uil-calls-col-opens = 开始日期
uil-calls-col-city = 城市截止时间
uil-calls-col-natcom = 全国委员会截止时间
uil-calls-col-quota = 推荐名额
uil-calls-current = 显示在公开页面上
uil-call-new-heading = 创建征集
uil-call-edit-heading = 修改征集
uil-back-to-calls = 返回征集列表
uil-call-title = 标题
uil-call-title-hint = 按公开页面上显示的形式填写，例如：加入联合国教科文组织全球学习型城市网络！（2025年）
uil-call-opens-on = 申请开始日期
uil-call-city-deadline = 城市向全国委员会提交的截止日期
uil-call-natcom-deadline = 全国委员会向UIL提交的截止日期
uil-call-quota = 每个全国委员会的推荐名额
uil-call-zone = 日期所用时区
uil-call-zone-hint = AoE（Anywhere on Earth，即UTC−12：只要地球上某处仍是该日期，该日期即有效），或时区名称，例如Europe/Paris
uil-call-body = 征集正文
uil-call-body-hint = Markdown：段落之间空一行，标题前加“## ”，列表每项前加“- ”。
uil-call-save = 保存征集

## 截止时间延期。
uil-extensions-title = 截止时间延期
uil-extensions-intro = 为某一城市的申请或某一全国委员会设定较晚的截止时间。延期连同理由一并记录，并在显示该截止时间的所有地方显示。
uil-extensions-kind = 延期对象是什么？
uil-extensions-kind-application = 某一申请的城市截止时间（请填写申请编号）
uil-extensions-kind-country = 某一全国委员会的截止时间（请选择其会员国）
uil-extensions-application = 申请编号
uil-extensions-application-hint = 城市可在其申请网址末尾找到该编号：/applications/123
uil-extensions-country = 会员国
uil-choose-member-state = 请选择会员国
uil-extensions-new-deadline = 新的截止日期
uil-extensions-new-deadline-hint = 按征集所用时区计算的一整天
uil-extensions-reason = 理由
uil-extensions-grant = 批准延期
uil-extensions-granted = 已批准的延期
uil-extensions-none = 暂无。
uil-extensions-col-what = 延期对象
uil-extensions-col-call = 征集
uil-extensions-col-until = 延至
uil-extensions-col-reason = 理由
uil-extensions-col-by = 批准人
uil-extensions-granted-by = { $name }，{ $when }
uil-extensions-of-application = 申请{ $id }的城市截止时间：{ $city }，{ $country }
uil-extensions-of-draft = 申请{ $id }的城市截止时间（尚未提交）
uil-extensions-of-natcom = { $country }全国委员会

## 审计记录。
uil-audit-title = 审计
uil-audit-heading = 申请的全部记录
uil-audit-application = 申请编号
uil-audit-actor = 人员（姓名或电子邮件地址）
uil-audit-from = 起始日期
uil-audit-to = 截止日期
uil-audit-accounts-heading = 账户变更
uil-audit-col-account = 账户
uil-audit-two-factor-enrolled = 已设置两步验证
uil-audit-two-factor-reset = 已重置两步验证
uil-audit-command-line = 命令行
uil-events-count = { $count ->
   *[other] { $count }条记录
}
uil-col-when = 时间
uil-col-application = 申请
uil-col-who = 人员
uil-col-what = 内容
uil-col-note = 备注
uil-audit-application-cell = { $id }：{ $city }
uil-audit-created = 已创建（{ $stage }）
uil-audit-transition = { $from } → { $to }

## 发件箱。
uil-outbox-title = 邮件
uil-outbox-resent = 已将一份副本加入发送队列（邮件{ $id }），将在一分钟内发送。
uil-outbox-kind = 类型
uil-outbox-text = 收件人或主题
uil-mails-count = { $count ->
   *[other] { $count }封邮件
}
uil-outbox-col-queued = 加入队列时间
uil-outbox-col-to = 收件人
uil-outbox-col-subject = 主题
uil-outbox-col-kind = 类型
uil-outbox-col-state = 状态
uil-outbox-col-attempts = 尝试次数
uil-outbox-col-error = 最近一次错误
uil-outbox-col-action = 操作
uil-outbox-application = （申请{ $id }）
uil-outbox-resend = 重新发送
uil-outbox-resend-to = 至{ $to }
uil-mail-kind-verify_email = 确认电子邮件地址
uil-mail-kind-account_exists = 账户已存在
uil-mail-kind-password_reset = 重置密码
uil-mail-kind-invitation = 邀请
uil-mail-kind-submission_receipt = 提交回执
uil-mail-kind-natcom_new_application = 新申请，致全国委员会
uil-mail-kind-natcom_endorsed = 已推荐，致城市
uil-mail-kind-natcom_declined = 已拒绝，致城市
uil-mail-kind-natcom_returned = 已退回，致城市
uil-mail-kind-natcom_reopened = 决定已撤销，致城市
uil-mail-kind-natcom_forwarded = 已提交UIL，致城市
uil-mail-kind-uil_submissions = 提交的申请，致UIL
uil-mail-kind-uil_decision = UIL的决定，致城市
uil-mail-kind-uil_decision_natcom = UIL的决定，致全国委员会
uil-mail-kind-reminder_city_day = 致城市的提醒，提前一天
uil-mail-kind-reminder_city_week = 致城市的提醒，提前一周
uil-mail-kind-reminder_natcom_day = 致全国委员会的提醒，提前一天
uil-mail-kind-reminder_natcom_fortnight = 致全国委员会的提醒，提前两周
uil-mail-kind-reminder_natcom_two_days = 致全国委员会的提醒，提前两天
uil-mail-kind-colleague_invitation = 邀请共同填写申请
uil-mail-kind-reminder_natcom_week = 致全国委员会的提醒，提前一周

## 工作人员账户。
uil-users-title = 工作人员账户
uil-users-invited = 已向{ $email }发送邀请。链接有效期为7天。
uil-users-caption = 全国委员会和UIL的账户
uil-users-col-name = 姓名
uil-users-col-email = 电子邮件
uil-users-col-role = 角色
uil-users-col-country = 会员国
uil-users-col-status = 状态
uil-users-invited-status = 已邀请
uil-users-active = 已启用
uil-users-col-two-factor = 两步验证
uil-users-two-factor-on = 已开启
uil-users-two-factor-off = 未设置
uil-users-reset-two-factor = 重置两步验证
uil-users-two-factor-reset-done = { $name }的两步验证已重置，其所有会话均已终止：下次登录时需重新设置。
uil-invite-heading = 邀请人员
uil-invite-name = 全名
uil-invite-email = 电子邮件地址
uil-invite-role = 角色
uil-invite-role-natcom = 全国委员会（请在下方选择其会员国）
uil-invite-role-reviewer = UIL审查员：评估已送达UIL的申请
uil-invite-role-admin = UIL协调员：管理征集、用户和决定
uil-invite-country = 会员国（适用于全国委员会和评审团成员）
uil-invite-send = 发送邀请

## 成员名录导入。
uil-members-title = 成员名录
uil-members-done = 成员名录已更新。新增：{ $added }；更新：{ $updated }；删除：{ $removed }；未变：{ $unchanged }。
uil-members-see-it = 查看名录
uil-members-preview-heading = 此次导入将作出的更改
uil-members-count-add = 待新增：{ $count }
uil-members-count-update = 待更新（加入年份）：{ $count }
uil-members-count-remove = 待删除：{ $count }
uil-members-count-unchanged = 已按原样列入：{ $count }
uil-members-bad-heading = 部分行无法读取
uil-members-bad-text = 请在文件中更正这些行并重新上传；尚未作出任何更改。
uil-members-bad-line = 第{ $line }行：{ $problem }
uil-members-to-add = 待新增
uil-members-to-update = 待更新
uil-members-to-remove = 待删除
uil-members-row = { $city }（{ $country }）
uil-members-row-year = { $city }（{ $country }），{ $year }
uil-members-row-joined = { $city }（{ $country }）：{ $year }年加入
uil-members-apply = 应用这些更改
uil-members-cancel = 取消
uil-members-intro = 请以CSV文件形式上传官方成员名单。文件第一行列出各列名称：
uil-members-column-city = 城市名称
uil-members-column-country = 会员国的ISO代码，例如DE
uil-members-column-year = 城市加入的年份（可留空）
uil-members-preview-first = 在作出任何更改之前，您将先看到更改内容。
uil-members-file = 成员CSV文件
uil-members-file-too-large = 文件不得超过10 MB
uil-members-file-not-utf8 = 文件必须是UTF-8编码的CSV文件
uil-members-file-missing = 请选择成员CSV文件
uil-members-mode = 如何处理该文件
uil-members-mode-add = 将其中的成员添加到名录（并更新已列入成员的加入年份）
uil-members-mode-replace = 用该文件替换名录
uil-members-preview-button = 预览更改

## The call's text in other languages (call form).
uil-call-translations-heading = 其他语言的征集文本
uil-call-translations-hint = 若征集在读者所用语言中有标题和文本，公共页面即以该语言显示；否则以英文显示并加以说明。两项均留空则不提供该语言版本；两项均填写则提供。
uil-call-title-in = 标题（{ $language }）
uil-call-body-in = 文本（{ $language }，Markdown）
uil-applied-before = 该城市此前曾提出申请；本申请以该申请为基础开始：
uil-applied-before-link = 第{ $id }号申请
uil-nav-pipeline = 进展概况
uil-pipeline-title = 各全国委员会手中的申请
uil-pipeline-lead = 当前征集中由各全国委员会掌握的申请，按地区和会员国列出：仅显示数量，自提交时起计。草稿属于城市本身，始终不计入。
uil-pipeline-col-state = 会员国
uil-pipeline-col-submitted = 已提交
uil-pipeline-col-endorsed = 已推荐
uil-pipeline-col-forwarded = 已发送至UIL
uil-pipeline-total = 本地区合计
uil-pipeline-none = 尚无申请：
