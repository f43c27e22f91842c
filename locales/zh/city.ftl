# 城市的页面：申请列表、申请表、检查答案、提交、打印、撤回；申请的历史记录及其邮件。

## 城市的申请列表。
city-list-title = 您的申请
city-list-none = 您尚未开始任何申请。
city-list-col-city = 城市
city-list-col-country = 国家
city-list-col-call = 征集
city-list-col-stage = 阶段
city-list-col-updated = 最后更改
city-list-start = 开始申请
city-submit-by = 请于 { $deadline } 前提交给贵国全国委员会。

## 开始申请。
city-new-title = 开始申请
city-new-intro = 哪个城市提出申请？您可以随时保存表格，稍后再继续填写。
city-new-start = 开始填写申请

## 申请各页通用。
city-application-of = { $city }的申请
city-application-of-in = { $city }（{ $country }）的申请
city-closed-heading = 提交已截止。
city-back-to-application = 返回申请
city-change = 更改
city-upload = 上传
city-documents-heading = 文件
city-document-kind = { $kind }：
city-document-size = （{ $size }）
city-size-mb = { $size } MB
city-size-kb = { $size } kB

## 任务列表。
city-task-list-title = 您的申请
city-task-list-progress = 您已完成 { $required } 个必填部分中的 { $completed } 个。您的答案会随时保存：您可以离开后再回来。
city-task-list-confirm-email = 提交前请确认您的电子邮件地址：打开我们发送给您的链接，或
city-ask-for-new-link = 申请新的链接
city-task-list-confirm-email-end = 。
city-check-and-submit = 检查答案并提交
city-check-answers = 检查答案
city-see-application-page = 查看申请页面

## 申请表的一个部分。
city-section-title = { $section } – { $city }
city-documents-intro = 您最多可以添加 { $max } 个支持申请的 PDF 文件：例如战略、计划、报告。每个文件不超过 10 MB。
city-documents-uploaded = 已上传的证明文件
city-documents-col-file = 文件
city-documents-col-size = 大小
city-documents-col-action = 操作
city-document-remove = 删除
city-words-too-many = 超出 { $count } 个词
city-words-remaining = 还可输入 { $count } 个词
city-pledge-label = 经市长签字盖章的申请表
city-pledge-hint = PDF 文件，不超过 10 MB。
city-pledge-uploaded = 已上传：
city-pledge-replace = （{ $size }）。仅在需要替换时选择文件。
city-pledge-how = 请打印申请书，由市长签字盖章后扫描。
city-print-for-signature = 打印申请书以供签字
city-supporting-label = 添加证明文件
city-supporting-hint = PDF 文件，每个不超过 10 MB。可一次选择多个文件。
city-save-and-check = 保存并检查答案
city-save-and-continue = 保存并继续
city-save-later = 保存，稍后再回来
city-read-only-title = 此申请已无法更改

## 检查答案并提交。
city-check-title = 检查您的答案 – { $city }
city-check-before-submit = 提交之前
city-check-missing-intro = 以下答案尚缺：
city-check-heading = 提交前请检查您的答案
city-missing-pledge = 请以 PDF 格式上传经市长签字盖章的承诺书
city-submit-heading = 提交给全国委员会
city-submit-button = 提交给全国委员会
city-check-confirm-email = 您的电子邮件地址尚未确认。请打开我们发送给您的链接，或
city-check-confirm-email-end = ；确认后即可提交。
city-check-complete-first = 请填写上面缺少的答案，然后回到此处提交。
city-check-by-submitting = 提交后，{ $city }的申请将发送至{ $country }联合国教科文组织全国委员会。该委员会将于 { $deadline } 前决定推荐哪些城市。此后您将无法更改申请，除非全国委员会将其退回给您。

## 提交之后。
city-submitted-title = 申请已提交
city-submitted-with = { $city }的申请已提交至{ $country }联合国教科文组织全国委员会。
city-submitted-receipt = 提交时间：{ $when }。我们已将回执发送至 { $email }。
city-next-heading = 后续步骤
city-next-natcom = { $country }联合国教科文组织全国委员会将决定推荐哪些城市（最多三个），并于 { $deadline } 前提交给联合国教科文组织终身学习研究所。委员会作出决定后，我们会写信通知您。
city-next-return = 全国委员会也可能附上留言将申请退回给您，以便您修改后重新提交。
city-see-application-and-progress = 查看申请及其进展

## 申请页面。
city-continue = 继续填写申请
city-printable = 打印版
city-withdraw-button = 撤回申请
city-progress-heading = 进展
city-event-by = { $who }：{ $what }

## 可打印的申请。
city-print-title = { $city }的申请（打印版）
city-print-stage = 阶段：{ $stage }。打印时间：{ $when }。
city-print-part1 = 第一部分：由城市填写
city-print-documents = 所附文件
city-print-document = { $kind }：{ $file }
city-print-no-documents = 无
city-print-mayor-signature = 市长签字并盖章：
city-print-date = 日期：
city-print-part2 = 第二部分：{ $country }联合国教科文组织全国委员会的推荐
city-print-officer-name = 签署官员姓名
city-print-officer-title = 签署官员职衔
city-print-note = 备注
city-print-natcom-signature = 全国委员会推荐此申请。签字并盖章：

## 撤回。
city-withdraw-title = 撤回{ $city }的申请？
city-withdraw-text = 该申请目前的状态：{ $stage }。如果撤回，申请将不再继续：全国委员会和联合国教科文组织终身学习研究所都不会审议。此操作无法撤销，但在征集开放期间您可以开始新的申请。
city-withdraw-keep = 保留申请
city-cannot-withdraw-title = 此申请无法撤回

## 申请的历史记录。
city-event-actor = { $name }（{ $role }）
city-event-created = 开始了申请
city-event-moved = 将其转至“{ $stage }”
city-event-uploaded = 上传了：{ $document }
city-event-uploaded-file = 上传了：{ $document }（{ $file }）
city-event-removed-file = 删除了：{ $document }（{ $file }）
city-event-part2 = 保存了第二部分：签署官员和全国委员会的备注
city-event-extended-city = 将城市截止日期延长至 { $deadline }
city-event-extended-natcom = 将全国委员会截止日期延长至 { $deadline }
city-event-note = 写了一条备注
city-event-section-saved = 保存了“{ $section }”部分
city-event-colleague-joined = { $name }加入了申请
city-event-colleague-removed = 将{ $name }从申请中移除

## 邮件的状态。
city-mail-state-queued = 等待发送
city-mail-state-sending = 正在发送
city-mail-state-sent = 已发送
city-mail-state-failed = 发送失败

city-words-remaining-live = 剩余字数：{ $count }
city-words-too-many-live = 超出字数：{ $count }

## 参与申请工作的人员。
city-team-link = 参与此申请的人员
city-team-title = 参与此申请的人员
city-team-lead = 此处列出的每个人都可以填写表格、添加文件和提交申请，并会收到与申请相关的邮件。历史记录显示每项操作由谁完成。
city-team-col-part = 身份
city-team-col-actions = 操作
city-team-owner = 申请发起人
city-team-colleague = 同事
city-team-remove = 移除
# 日期为邀请链接失效的日期。
city-team-invited-until = 已邀请；链接有效期至 { $date }
city-team-invite-heading = 邀请同事
city-team-invite-hint = 我们将向对方发送一个链接。对方使用此地址登录或创建账户后即可加入。
city-team-invite-submit = 发送邀请
city-team-owner-manages = 由申请发起人邀请和移除同事。
city-team-invited = 已向 { $email } 发送邀请。链接在 { $days } 天内有效。
city-team-removed = 已移除该同事：对方无法再打开此申请。
city-team-invitation-title = 参与申请工作的邀请
city-team-invitation-lead = { $inviter }邀请您参与{ $city }加入联合国教科文组织全球学习型城市网络的申请工作。
city-team-invitation-sign-in = 请使用 { $email } 登录，或使用该地址创建账户，然后再次打开此链接。
city-team-invitation-other-account = 此邀请发给 { $email }，而您当前登录的账户是 { $current }。请退出登录，然后使用 { $email } 登录。
city-team-invitation-join = 加入{ $city }的申请
city-team-invitation-expired = 此邀请已过期、已被使用或已被新的邀请取代。请联系邀请您的同事重新发送邀请。

## 以此前的申请为基础再次申请。

# 此前某份申请所在行中的按钮；其后为供屏幕阅读器读出的城市名称。
city-list-start-again = 以此申请为基础开始新申请
city-list-start-again-hint = 未被接受或已撤回的申请，可作为本次征集中新申请的基础：所有答案都会被复制；文件、承诺书和各项同意声明须在每次征集中重新提供。

## 提醒：申请中看似异常之处。这些提醒不会阻止任何操作。

flags-city-heading = 请检查以下答案
flags-city-lead = 这些答案看似异常。如果内容无误，请保持原样：此处任何内容都不会妨碍您提交申请。
flags-review-heading = 需再次核对的答案
flags-review-lead = 系将申请与成员名录及各项数据的通常范围进行比对后发现。这些提醒不会阻止任何操作；城市在提交申请前已看到这些提醒。
flag-already-member = { $city }已是联合国教科文组织全球学习型城市网络成员。
flag-already-member-since = { $city }自 { $year } 年起已是联合国教科文组织全球学习型城市网络成员。
# 提醒中所称的数据，用作句首的主语。
flag-figure-population = 人口数据
flag-figure-area = 面积数据
flag-figure-gdp_city = 城市人均国内生产总值数据
flag-figure-gdp_country = 国家人均国内生产总值数据
flag-figure-schooling = 受教育年限数据
flag-old-figure = { $figure }的年份为 { $year } 年，距今已超过五年。
flag-future-figure = { $figure }的年份为 { $year } 年，该年尚未到来。
flag-schooling-over-women = 女性平均受教育年限为 { $years } 年，超过 20 年。
flag-schooling-over-men = 男性平均受教育年限为 { $years } 年，超过 20 年。
flag-city-gdp-over-country = 城市人均国内生产总值是国家的 { $times } 倍：超过 20 倍。
flag-area-over = 面积为 { $km2 } 平方公里，超过 20,000 平方公里。
city-new-already-member-lead = 成员城市无需再次申请。如果这是另一座同名城市，或者您仍打算申请，可以开始填写。
city-new-start-anyway = 仍然开始申请

## 待签署的文件，以及将签字扫描件与之对应的依据。

papers-heading = 待签署的文件
papers-pledge-link = 承诺书，供市长签字盖章（PDF）
papers-part2-link = 第二部分，供全国委员会签署（PDF）
papers-part2 = 第二部分，经全国委员会签署
# 文件所述内容的校验码：只要内容未变，就与打印页面上的相同。
papers-digest = 校验码 { $digest }
papers-hint = 每份文件的底部都印有其校验码。只要文件所述内容未变，申请页面就显示相同的校验码：请在签字后的扫描件上核对两者。
papers-pledge-outdated = 已签署的承诺书是在以下内容更改之前上传的：{ $fields }。须上传新的已签署承诺书，才能提交申请。
papers-part2-outdated = 已签署的第二部分是在以下内容更改之前上传的：{ $fields }。须上传新的已签署第二部分，才能将申请发送至联合国教科文组织终身学习研究所。
pdf-pledge-title = { $city }对联合国教科文组织全球学习型城市网络的承诺
pdf-pledge-sign = 市长签字并盖章：
pdf-part2-title = { $country }联合国教科文组织全国委员会的推荐
pdf-part2-text = 全国委员会推荐{ $city }加入联合国教科文组织全球学习型城市网络的申请。
pdf-date = 日期
pdf-signature-mayor = 市长签字
pdf-signature-officer = 签署官员签字
pdf-stamp = 盖章
pdf-reference = 编号：{ $reference }
pdf-digest = 校验码：{ $digest }
pdf-digest-hint = 只要本页所述内容未变，申请页面就显示相同的校验码。
